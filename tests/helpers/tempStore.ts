import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { Session } from '../../src-main/store/session';
import type { Database } from '../../src-main/store/schema';
import type { ServiceDeps } from '../../src-main/store/transaction';
import { withCheckDigit } from '@shared/domain/orgNumber';
import { clockFrom } from '@shared/clock';

export interface TempStore {
  dataDir: string;
  session: Session;
  db: Kysely<Database>;
  /** A controllable clock: `clock.advance(ms)`, `clock.set(date)`. */
  clock: { now: () => Date; advance(ms: number): void; set(d: Date): void };
  deps: ServiceDeps;
  cleanup(): void;
}

export function makeTempDir(prefix = 'vaxtkraft-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const TEST_PASSPHRASE = 'correct horse battery staple';

/**
 * A fresh encrypted store in a temp folder, unlocked. The raw-key path skips SQLCipher's deliberately slow
 * key derivation, so service tests stay quick; `passphrase` uses the real thing.
 */
export async function makeTempStore(options: { passphrase?: string; start?: Date } = {}): Promise<TempStore> {
  const dataDir = makeTempDir();
  let current = options.start ?? new Date('2025-03-01T09:00:00.000Z');
  const clock = {
    now: () => new Date(current),
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
    set(d: Date) {
      current = d;
    },
  };
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now: clock.now });
  if (options.passphrase) await session.create(options.passphrase);
  else await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
  return {
    dataDir,
    session,
    db: session.db,
    clock,
    deps: clockFrom(clock.now),
    cleanup() {
      session.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid legal-entity organisation number (digits 3–4 are 50–99), distinct for each n < 5,000,000. */
export function orgNumberFor(n: number): string {
  return withCheckDigit(`55${5_000_000 + n}`);
}

/** A valid sole trader's number (a personnummer form): YYMMDD + 3 digits + check digit. */
export function soleTraderNumberFor(yymmdd: string, serial: number): string {
  return withCheckDigit(`${yymmdd}${String(serial).padStart(3, '0')}`);
}

/** Everything the register holds, to prove that a refused write stored nothing. */
export async function registerState(db: Kysely<Database>): Promise<unknown> {
  return {
    companies: await db.selectFrom('companies').selectAll().orderBy('id').execute(),
    people: await db.selectFrom('people').selectAll().orderBy('id').execute(),
    tombstones: await db.selectFrom('tombstones').selectAll().orderBy('entity_id').execute(),
  };
}

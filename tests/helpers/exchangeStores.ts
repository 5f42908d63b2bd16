/**
 * What the exchange tests share: the passphrase, a quick work factor, fresh stores, seeding, export, preview,
 * apply and a sealed file built by hand.
 */
import { clockFrom } from '@shared/clock';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { api } from '@shared/api';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import type { ExchangePreview } from '@shared/api/exchange';
import { createCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { encrypt, pack } from '../../src-main/services/exchange/crypto';
import { buildExchangeFile, exportCompanies } from '../../src-main/services/exchange';
import { applyImport, clearPreviews, previewImport } from '../../src-main/services/exchange';
import type { Database } from '../../src-main/store/schema';
import { makeTempStore, orgNumberFor, registerState } from './tempStore';
import type { TempStore } from './tempStore';
import { tableState } from './refusal';

export const PASS = 'exchange passphrase 2025';
/** age's default work factor is slow in pure JS; the format is the same at any factor. */
export const FAST = 10;

/** Registers the hooks of an exchange test file and returns `store()`: a fresh encrypted store, cleaned up after each test. */
export function useExchangeStores(): () => Promise<TempStore> {
  const stores: TempStore[] = [];
  beforeEach(() => clearPreviews());
  afterEach(() => {
    for (const s of stores.splice(0)) s.cleanup();
  });
  return async () => {
    const s = await makeTempStore();
    stores.push(s);
    return s;
  };
}

/** Every table, every row, in a fixed order: the logical dump two states are compared by. */
export const dump = async (db: Kysely<Database>): Promise<string> => JSON.stringify(await tableState(db));

/** The travelling data without the exchange bookkeeping. */
export async function data(db: Kysely<Database>) {
  return JSON.stringify(await registerState(db));
}

export async function seed(s: TempStore, n: number, from = 0) {
  const ids: string[] = [];
  for (let i = from; i < from + n; i++) {
    const c = await createCompany(
      s.db,
      api['companies.create'].input.parse({
        name: `Företag ${i} Åkesson AB`,
        orgNumber: orgNumberFor(i),
        municipalityCode: '1880',
        sniCode: '62010',
        employees: i % 40,
        growthAmbition: i % 2 === 0,
        contactEmail: `info${i}@example.se`,
      }),
      s.deps,
    );
    ids.push(c.id);
    await createPerson(s.db, api['people.create'].input.parse({ companyId: c.id, name: `Ägare ${i}`, role: 'owner' }), s.deps);
    await createPerson(
      s.db,
      api['people.create'].input.parse({
        companyId: c.id,
        name: `Anställd ${i}`,
        role: 'employee',
        followupConsent: true,
        birthYear: 1980,
      }),
      s.deps,
    );
  }
  return ids;
}

export async function exportAll(s: TempStore, ids: string[] | 'all' = 'all', factor = FAST) {
  const input = api['exchange.export'].input.parse({
    companyIds: ids,
    passphrase: PASS,
    confirmation: PASS,
  } satisfies InputOf<'exchange.export'>);
  return exportCompanies(s.db, input, { ...clockFrom(s.clock.now), scryptWorkFactor: factor });
}

export const preview = (s: TempStore, base64: string, passphrase = PASS) => previewImport(s.db, { base64, passphrase }, s.deps);
export const apply = (s: TempStore, p: ExchangePreview, resolutions: Record<string, 'mine' | 'theirs'> = {}) =>
  applyImport(s.db, { previewId: p.previewId, resolutions }, s.deps);

export async function importFile(s: TempStore, base64: string, resolutions: Record<string, 'mine' | 'theirs'> = {}) {
  const p = await preview(s, base64);
  return { preview: p, counts: await apply(s, p, resolutions) };
}

export async function seal(content: unknown): Promise<string> {
  return Buffer.from(await encrypt(pack(JSON.stringify(content)), PASS, FAST)).toString('base64');
}

export async function validFile(s: TempStore) {
  return JSON.parse(
    JSON.stringify(await buildExchangeFile(s.db, 'all', { office: 'Örebro', advisor: 'Karin', exportedAt: s.clock.now().toISOString() })),
  ) as Record<string, unknown> & {
    companies: Record<string, unknown>[];
    people: Record<string, unknown>[];
  };
}

/** A call through the router on a store, as the app makes it; a refusal fails the test. */
export async function call<C extends ChannelName>(s: TempStore, channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await createRouter(s.session).handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

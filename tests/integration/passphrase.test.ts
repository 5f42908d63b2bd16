import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { policyOf } from '@shared/api';
import type { FieldIssue, Result } from '@shared/api';
import type { Company, CompanyListResult } from '@shared/api/companies';
import type { SessionStatus } from '@shared/api/session';
import { AppError } from '@shared/api/errors';
import { createRouter } from '../../src-main/ipc/router';
import { dbPath } from '../../src-main/store/paths';
import { Session } from '../../src-main/store/session';
import { makeTempDir, makeTempStore, orgNumberFor, TEST_PASSPHRASE } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

const NEW_PASSPHRASE = "Ny lösenfras med 'citat' och åäö 42";

const stores: TempStore[] = [];
const sessions: Session[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  for (const s of stores.splice(0)) s.cleanup();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function passphraseStore(): Promise<TempStore> {
  const store = await makeTempStore({ passphrase: TEST_PASSPHRASE });
  stores.push(store);
  return store;
}

/** Ten minutes pass at each reading: the wait after a wrong unlock (1, 2, 4 … s) is always over by the next try. */
let clock = Date.now();
const patientClock = () => new Date((clock += 600_000));

/** A second session on the same folder, as after a restart. */
function reopen(dataDir: string): Session {
  const s = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now: patientClock });
  sessions.push(s);
  return s;
}

async function unlockCode(session: Session, passphrase: string): Promise<string> {
  try {
    await session.unlock(passphrase);
    return 'ok';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

function expectOk<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function errorOf(result: Result<unknown>) {
  if (result.ok) throw new Error('expected an error, got ok');
  return result.error;
}

/** The bytes of the store (database and write-ahead log), to prove a refusal wrote nothing. */
function storeBytes(dataDir: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of [dbPath(dataDir), `${dbPath(dataDir)}-wal`]) {
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

async function addCompany(router: ReturnType<typeof createRouter>, name: string): Promise<Company> {
  return expectOk<Company>(
    await router.handle('companies.create', { name, orgNumber: orgNumberFor(7), municipalityCode: '1880', employees: 4 }),
  );
}

describe('session.changePassphrase through the router', () => {
  it('is not a public channel: refused while the store is locked', async () => {
    expect(policyOf('session.changePassphrase').whileLocked).toBe(false);
    const store = await passphraseStore();
    store.session.lock();
    const result = await createRouter(store.session).handle('session.changePassphrase', {
      current: TEST_PASSPHRASE,
      passphrase: NEW_PASSPHRASE,
      confirmation: NEW_PASSPHRASE,
    });
    expect(errorOf(result).code).toBe('store.locked');
    expect(await unlockCode(reopen(store.dataDir), TEST_PASSPHRASE)).toBe('ok');
  });

  it('refuses a wrong current passphrase and changes nothing', async () => {
    const store = await passphraseStore();
    const router = createRouter(store.session);
    await addCompany(router, 'Fel Nyckel AB');
    const before = storeBytes(store.dataDir);

    const result = await router.handle('session.changePassphrase', {
      current: 'not the passphrase at all',
      passphrase: NEW_PASSPHRASE,
      confirmation: NEW_PASSPHRASE,
    });
    expect(errorOf(result)).toEqual({ code: 'store.wrongPassphrase', params: {} });
    expect(storeBytes(store.dataDir)).toBe(before);
    // The open session keeps working.
    expect(expectOk<CompanyListResult>(await router.handle('companies.list', {})).total).toBe(1);

    store.session.close();
    expect(await unlockCode(reopen(store.dataDir), NEW_PASSPHRASE)).toBe('store.wrongPassphrase');
    const again = reopen(store.dataDir);
    expect(await unlockCode(again, TEST_PASSPHRASE)).toBe('ok');
    expect(expectOk<CompanyListResult>(await createRouter(again).handle('companies.list', {})).items[0]?.name).toBe('Fel Nyckel AB');
  });

  it.each<[string, Record<string, unknown>, FieldIssue[]]>([
    [
      'a short new passphrase',
      { current: TEST_PASSPHRASE, passphrase: 'kort', confirmation: 'kort' },
      [{ path: 'passphrase', message: 'passphraseShort' }],
    ],
    [
      'a long but guessable new passphrase',
      { current: TEST_PASSPHRASE, passphrase: '1234567890', confirmation: '1234567890' },
      [{ path: 'passphrase', message: 'passphraseWeak.topHundred' }],
    ],
    [
      'a confirmation that differs',
      { current: TEST_PASSPHRASE, passphrase: NEW_PASSPHRASE, confirmation: `${NEW_PASSPHRASE}!` },
      [{ path: 'confirmation', message: 'passphraseMismatch' }],
    ],
    [
      'an empty current passphrase',
      { current: '', passphrase: NEW_PASSPHRASE, confirmation: NEW_PASSPHRASE },
      [{ path: 'current', message: 'required' }],
    ],
    [
      'an unknown field',
      { current: TEST_PASSPHRASE, passphrase: NEW_PASSPHRASE, confirmation: NEW_PASSPHRASE, hint: 'x' },
      [{ path: 'hint', message: 'invalid' }],
    ],
  ])('refuses %s as a validation error at the field', async (_label, input, issues) => {
    const store = await passphraseStore();
    const before = storeBytes(store.dataDir);
    const error = errorOf(await createRouter(store.session).handle('session.changePassphrase', input));
    expect(error.code).toBe('validation');
    expect(error.params?.['issues']).toEqual(issues);
    expect(storeBytes(store.dataDir)).toBe(before);
    store.session.close();
    expect(await unlockCode(reopen(store.dataDir), TEST_PASSPHRASE)).toBe('ok');
  });

  it('re-encrypts under the new passphrase: the old one is refused, the new one opens the same data', async () => {
    const store = await passphraseStore();
    const router = createRouter(store.session);
    const company = await addCompany(router, 'Omnyckel Trädgård AB');

    const status = expectOk<SessionStatus>(
      await router.handle('session.changePassphrase', {
        current: TEST_PASSPHRASE,
        passphrase: NEW_PASSPHRASE,
        confirmation: NEW_PASSPHRASE,
      }),
    );
    expect(status).toMatchObject({ storeExists: true, unlocked: true, unlockMode: 'passphrase' });
    // Still usable without unlocking again, reads and writes.
    expectOk(await router.handle('companies.update', { id: company.id, patch: { employees: 5 } }));

    store.session.close();
    expect(await unlockCode(reopen(store.dataDir), TEST_PASSPHRASE)).toBe('store.wrongPassphrase');
    const again = reopen(store.dataDir);
    expect(await unlockCode(again, NEW_PASSPHRASE)).toBe('ok');
    const list = expectOk<CompanyListResult>(await createRouter(again).handle('companies.list', {}));
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: company.id, name: 'Omnyckel Trädgård AB' });
    const reread = expectOk<Company>(await createRouter(again).handle('companies.get', { id: company.id }));
    expect(reread.employees).toBe(5);
  });

  it('refuses in keychain mode with store.noPassphraseMode, and the raw key still opens the store', async () => {
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const key = crypto.randomBytes(32).toString('hex');
    const session = new Session({ dataDir, unlockMode: 'keychain', systemLocale: 'sv-SE' });
    sessions.push(session);
    await session.unlockWithRawKey(key, { create: true });
    const before = storeBytes(dataDir);

    const result = await createRouter(session).handle('session.changePassphrase', {
      current: TEST_PASSPHRASE,
      passphrase: NEW_PASSPHRASE,
      confirmation: NEW_PASSPHRASE,
    });
    expect(errorOf(result).code).toBe('store.noPassphraseMode');
    expect(storeBytes(dataDir)).toBe(before);

    session.close();
    const again = new Session({ dataDir, unlockMode: 'keychain', systemLocale: 'sv-SE' });
    sessions.push(again);
    await expect(again.unlockWithRawKey(key, { create: false })).resolves.toMatchObject({ unlocked: true });
  });
});

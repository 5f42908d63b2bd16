import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/errors';
import { createCompany, getCompany, listCompanies } from '../../src-main/services/companies';
import { companyListSchema } from '@shared/api/companies';
import { applyKey } from '../../src-main/store/open';
import { dbPath } from '../../src-main/store/paths';
import { Session } from '../../src-main/store/session';
import { LATEST_VERSION } from '../../src-main/store/migrations';
import { makeTempDir, TEST_PASSPHRASE } from '../helpers/tempStore';
import { expectRefused } from '../helpers/refusal';

const dirs: string[] = [];
const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Ten minutes pass at each reading: the wait after a wrong unlock (1, 2, 4 … s) is always over by the next try. */
let clock = Date.now();
const patientClock = () => new Date((clock += 600_000));

function newSession(dataDir?: string, locale = 'sv-SE'): Session {
  const dir = dataDir ?? makeTempDir();
  if (!dataDir) dirs.push(dir);
  const s = new Session({ dataDir: dir, unlockMode: 'passphrase', systemLocale: locale, now: patientClock });
  sessions.push(s);
  return s;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const p = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}

describe('Session', () => {
  it('reports first run, then creates, and finds the data again after a restart', async () => {
    const s = newSession();
    expect(s.status()).toEqual({
      storeExists: false,
      unlocked: false,
      unlockMode: 'passphrase',
      language: null,
      systemLanguage: 'sv',
    });
    expect(() => s.db).toThrow(AppError);
    const created = await s.create(TEST_PASSPHRASE);
    expect(created.storeExists && created.unlocked).toBe(true);
    const c = await createCompany(s.db, { name: 'Bageri Ett AB', orgNumber: '5560360793' });
    s.close();

    const restarted = newSession(s.dataDir);
    expect(restarted.status()).toMatchObject({ storeExists: true, unlocked: false });
    await restarted.unlock(TEST_PASSPHRASE);
    expect((await getCompany(restarted.db, { id: c.id })).name).toBe('Bageri Ett AB');
    const v = await sql<{ user_version: number }>`PRAGMA user_version`.execute(restarted.db);
    expect(v.rows[0]?.user_version).toBe(LATEST_VERSION);
    const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(restarted.db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
  });

  it('refuses a wrong passphrase and leaves every file byte-identical', async () => {
    const s = newSession();
    await s.create(TEST_PASSPHRASE);
    await createCompany(s.db, { name: 'Smide AB', orgNumber: '212000-0142' });
    s.close();
    const before = snapshot(s.dataDir);
    const again = newSession(s.dataDir);
    await expectRefused('store.wrongPassphrase', () => again.unlock('not the passphrase'));
    expect(again.status().unlocked).toBe(false);
    // Only the count of wrong attempts is added beside the store (a locked store cannot be written).
    expect(snapshot(s.dataDir)).toEqual({ ...before, 'unlock-attempts.json': expect.any(String) });
    await again.unlock(TEST_PASSPHRASE);
    expect(again.status().unlocked).toBe(true);
  });

  it('never creates over an existing store, and cannot unlock a missing one', async () => {
    const s = newSession();
    await expectRefused('store.missing', () => s.unlock(TEST_PASSPHRASE));
    expect(fs.existsSync(s.dbFile)).toBe(false);
    await s.create(TEST_PASSPHRASE);
    await expectRefused('store.exists', () => s.create(TEST_PASSPHRASE));
    s.close();
    const before = snapshot(s.dataDir);
    const other = newSession(s.dataDir);
    await expectRefused('store.exists', () => other.create('another passphrase'));
    await expectRefused('store.exists', () => other.unlockWithRawKey('a'.repeat(64), { create: true }));
    expect(snapshot(s.dataDir)).toEqual(before);
  });

  it('refuses a database from a newer version without writing to it', async () => {
    const s = newSession();
    await s.create(TEST_PASSPHRASE);
    s.close();
    const raw = new Sqlite(dbPath(s.dataDir));
    applyKey(raw, { kind: 'passphrase', passphrase: TEST_PASSPHRASE });
    raw.pragma('user_version = 9999');
    raw.close();
    const again = newSession(s.dataDir);
    const err = await expectRefused(
      'store.newerVersion',
      () => again.unlock(TEST_PASSPHRASE),
      () => snapshot(s.dataDir),
    );
    expect(err.params).toEqual({ found: 9999, known: LATEST_VERSION });
    expect(again.status().unlocked).toBe(false);
  });

  it('refuses a newer database before even setting the journal mode', async () => {
    const s = newSession();
    await s.create(TEST_PASSPHRASE);
    s.close();
    const raw = new Sqlite(dbPath(s.dataDir));
    applyKey(raw, { kind: 'passphrase', passphrase: TEST_PASSPHRASE });
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = snapshot(s.dataDir);
    await expectRefused('store.newerVersion', () => newSession(s.dataDir).unlock(TEST_PASSPHRASE));
    expect(snapshot(s.dataDir)).toEqual(before);
  });

  it('opens once when two unlocks arrive together', async () => {
    const s = newSession();
    await s.create(TEST_PASSPHRASE);
    s.close();
    const [a, b, c] = await Promise.allSettled([s.unlock('wrong passphrase'), s.unlock(TEST_PASSPHRASE), s.unlock(TEST_PASSPHRASE)]);
    expect(a.status).toBe('rejected');
    expect(b.status === 'fulfilled' && b.value.unlocked).toBe(true);
    expect(c.status === 'fulfilled' && c.value.unlocked).toBe(true);
    expect((await listCompanies(s.db, companyListSchema.parse({}))).total).toBe(0);
  });

  it('reports a damaged file as corrupt and keeps it', async () => {
    const s = newSession();
    await s.create(TEST_PASSPHRASE);
    s.close();
    fs.truncateSync(s.dbFile, 3000);
    const before = snapshot(s.dataDir);
    await expectRefused('store.corrupt', () => newSession(s.dataDir).unlock(TEST_PASSPHRASE));
    expect(snapshot(s.dataDir)).toEqual(before);
  });

  it('unlocks with a raw key (keychain mode) and refuses another key', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const key = crypto.randomBytes(32).toString('hex');
    const s = new Session({ dataDir: dir, unlockMode: 'keychain', systemLocale: 'en-GB' });
    sessions.push(s);
    await expectRefused('store.missing', () => s.unlockWithRawKey(key, { create: false }));
    const st = await s.unlockWithRawKey(key, { create: true });
    expect(st).toMatchObject({ unlocked: true, unlockMode: 'keychain', systemLanguage: 'en' });
    await createCompany(s.db, { name: 'Nyckel AB', orgNumber: '212000-1355' });
    s.close();
    const wrong = crypto.randomBytes(32).toString('hex');
    await expectRefused('store.wrongPassphrase', () => s.unlockWithRawKey(wrong, { create: false }));
    await expectRefused('store.wrongPassphrase', () => s.unlock(key));
    await s.unlockWithRawKey(key, { create: false });
    const list = await listCompanies(s.db, companyListSchema.parse({}));
    expect(list.items.map((c) => c.name)).toEqual(['Nyckel AB']);
  });

  it('locks: the database is closed and store.locked is raised until unlocked again', async () => {
    const s = newSession();
    await s.create(TEST_PASSPHRASE);
    const status = s.lock();
    expect(status).toMatchObject({ storeExists: true, unlocked: false });
    try {
      void s.db;
      throw new Error('db should be locked');
    } catch (e) {
      expect((e as AppError).code).toBe('store.locked');
    }
    await s.unlock(TEST_PASSPHRASE);
    expect(s.status().unlocked).toBe(true);
  });

  it('changes the passphrase with rekey and returns to WAL', async () => {
    const s = newSession();
    await s.create(TEST_PASSPHRASE);
    await createCompany(s.db, { name: 'Omnyckel AB', orgNumber: '556036-0793' });
    await expectRefused('store.wrongPassphrase', () => s.changePassphrase('wrong old passphrase', 'new passphrase 123'));
    await s.changePassphrase(TEST_PASSPHRASE, "new passphrase with 'quotes'");
    const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(s.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect((await listCompanies(s.db, companyListSchema.parse({}))).total).toBe(1);
    s.close();
    const again = newSession(s.dataDir);
    await expectRefused('store.wrongPassphrase', () => again.unlock(TEST_PASSPHRASE));
    await again.unlock("new passphrase with 'quotes'");
    expect((await listCompanies(again.db, companyListSchema.parse({}))).items[0]?.name).toBe('Omnyckel AB');
  });

  it('keeps the language choice in preferences.json, readable while locked', () => {
    const s = newSession(undefined, 'de-DE');
    expect(s.status()).toMatchObject({ language: null, systemLanguage: 'en' });
    expect(s.setLanguage('sv').language).toBe('sv');
    expect(newSession(s.dataDir).status().language).toBe('sv');
    expect(s.setLanguage(null).language).toBe(null);
  });
});

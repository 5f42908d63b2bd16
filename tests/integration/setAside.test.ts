import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '@shared/api';
import { SET_ASIDE_PHRASES } from '@shared/api/session';
import type { SessionStatus, SetAsideResult } from '@shared/api/session';
import en from '@shared/i18n/locales/en/session';
import sv from '@shared/i18n/locales/sv/session';
import { createRouter } from '../../src-main/ipc/router';
import { openEncrypted } from '../../src-main/store/open';
import { dbPath, keyFilePath } from '../../src-main/store/paths';
import { Session } from '../../src-main/store/session';
import { setAsideFolderName, setAsideStore } from '../../src-main/store/setAside';
import { makeTempStore, orgNumberFor, TEST_PASSPHRASE } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { expectRefused } from '../helpers/refusal';

const NEW_PASSPHRASE = 'a brand new passphrase 2025';

function expectOk<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const stores: TempStore[] = [];
const sessions: Session[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of sessions.splice(0)) s.close();
  for (const s of stores.splice(0)) s.cleanup();
});

/** A passphrase store with one company, locked, plus stand-ins for the other three store files. */
async function lockedStore() {
  const store = await makeTempStore({ passphrase: TEST_PASSPHRASE, start: new Date(2025, 2, 1, 9, 5, 7) });
  stores.push(store);
  const router = createRouter(store.session);
  expectOk(await router.handle('companies.create', { name: 'Gammal Firma AB', orgNumber: orgNumberFor(1), municipalityCode: '1880' }));
  store.session.lock();
  const db = dbPath(store.dataDir);
  // Empty WAL and shared-memory files are valid (SQLite treats them as "no pending changes"); the key file is
  // what Electron writes in keychain mode.
  fs.writeFileSync(`${db}-wal`, '');
  fs.writeFileSync(`${db}-shm`, '');
  fs.writeFileSync(keyFilePath(store.dataDir), '{"format":"vaxtkraft.key"}');
  return { store, router, db };
}

function snapshot(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dataDir).sort()) {
    const file = path.join(dataDir, name);
    if (fs.statSync(file).isFile()) files[name] = fs.readFileSync(file).toString('base64');
  }
  return files;
}

describe('session.setAside through the router, on a real encrypted store', () => {
  it('is a public channel and the locale phrases are the accepted ones', () => {
    expect(SET_ASIDE_PHRASES).toEqual(expect.arrayContaining([en.setAside.phrase, sv.setAside.phrase]));
    expect(SET_ASIDE_PHRASES).toHaveLength(2);
  });

  it('is refused while the store is unlocked, and nothing moves', async () => {
    const store = await makeTempStore({ passphrase: TEST_PASSPHRASE });
    stores.push(store);
    const before = snapshot(store.dataDir);
    const router = createRouter(store.session);
    await expectRefused('store.unlocked', () => router.handle('session.setAside', { confirmation: 'SET ASIDE' }));
    expect(store.session.unlocked).toBe(true);
    expect(fs.readdirSync(store.dataDir).filter((n) => n.startsWith('set-aside-'))).toEqual([]);
    expect(Object.keys(snapshot(store.dataDir))).toEqual(Object.keys(before));
  });

  it.each([['set aside'], ['SET  ASIDE'], ['LÄGG UNDAN!'], [''], ['DELETE']])(
    'a wrong phrase (%j) is a field error and leaves every file as it was',
    async (confirmation) => {
      const { store, router } = await lockedStore();
      const files = () => snapshot(store.dataDir);
      const error = await expectRefused('validation', () => router.handle('session.setAside', { confirmation }), files);
      expect(error.params['issues']).toEqual([{ path: 'confirmation', message: 'setAsidePhrase' }]);
      expect(fs.readdirSync(store.dataDir).filter((n) => n.startsWith('set-aside-'))).toEqual([]);
    },
  );

  it('the right phrase (either language, trimmed) moves the four files; a new store is made; the old one opens as before', async () => {
    const { store, router, db } = await lockedStore();
    const before = snapshot(store.dataDir);

    const result = expectOk<SetAsideResult>(await router.handle('session.setAside', { confirmation: '  LÄGG UNDAN ' }));
    expect(result.status).toMatchObject({ storeExists: false, unlocked: false, unlockMode: 'passphrase' });
    expect(result.status.startupError).toBeUndefined();
    expect(result.restartRequired).toBe(false);
    expect(path.dirname(result.folder)).toBe(store.dataDir);
    expect(path.basename(result.folder)).toBe(setAsideFolderName(new Date(2025, 2, 1, 9, 5, 7)));
    expect(path.basename(result.folder)).toBe('set-aside-20250301-100507' /* 09:05:07 UTC is 10:05:07 in Stockholm */);

    // Moved, byte for byte; nothing left behind, nothing else touched.
    const names = ['key.json', 'vaxtkraft.db', 'vaxtkraft.db-shm', 'vaxtkraft.db-wal'];
    expect(fs.readdirSync(result.folder).sort()).toEqual(names);
    for (const name of names) {
      expect(fs.existsSync(path.join(store.dataDir, name))).toBe(false);
      expect(fs.readFileSync(path.join(result.folder, name)).toString('base64')).toBe(before[name]);
    }
    expect(expectOk<SessionStatus>(await router.handle('session.status', {}))).toMatchObject({ storeExists: false });

    // First run again: a new, empty store under a new passphrase.
    const created = expectOk<SessionStatus>(
      await router.handle('session.create', { passphrase: NEW_PASSPHRASE, confirmation: NEW_PASSPHRASE }),
    );
    expect(created).toMatchObject({ storeExists: true, unlocked: true });
    const list = expectOk<{ total: number }>(await router.handle('companies.list', {}));
    expect(list.total).toBe(0);
    await expectRefused('store.unlocked', () => router.handle('session.setAside', { confirmation: 'SET ASIDE' }));
    store.session.lock();
    await expectRefused('store.wrongPassphrase', () => router.handle('session.unlock', { passphrase: TEST_PASSPHRASE }));

    // The set-aside copy opens with the OLD passphrase and still holds the company; not with the new one.
    expect(() =>
      openEncrypted(path.join(result.folder, 'vaxtkraft.db'), { kind: 'passphrase', passphrase: NEW_PASSPHRASE }, { create: false }),
    ).toThrow(expect.objectContaining({ code: 'store.wrongPassphrase' }));
    const old = openEncrypted(
      path.join(result.folder, 'vaxtkraft.db'),
      { kind: 'passphrase', passphrase: TEST_PASSPHRASE },
      { create: false },
    );
    try {
      expect(old.prepare('SELECT name FROM companies').all()).toEqual([{ name: 'Gammal Firma AB' }]);
    } finally {
      old.close();
    }
    expect(fs.existsSync(db)).toBe(true);
  });

  it('a second set-aside in the same second gets its own folder', async () => {
    const { store, router } = await lockedStore();
    const first = expectOk<SetAsideResult>(await router.handle('session.setAside', { confirmation: 'SET ASIDE' }));
    fs.writeFileSync(keyFilePath(store.dataDir), 'another key');
    const second = expectOk<SetAsideResult>(await router.handle('session.setAside', { confirmation: 'SET ASIDE' }));
    expect(second.folder).toBe(`${first.folder}-2`);
    expect(fs.readdirSync(second.folder)).toEqual(['key.json']);
    await expectRefused('store.missing', () => router.handle('session.setAside', { confirmation: 'SET ASIDE' }));
  });

  it('if a move fails, the files already moved are moved back and the error is reported', async () => {
    const { store } = await lockedStore();
    const before = snapshot(store.dataDir);
    const real = fs.renameSync.bind(fs);
    let calls = 0;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      calls += 1;
      if (calls === 3) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      real(from, to);
    });
    expect(() => setAsideStore(store.dataDir, new Date())).toThrow('busy');
    vi.restoreAllMocks();
    expect(snapshot(store.dataDir)).toEqual(before);
    expect(fs.readdirSync(store.dataDir).filter((n) => n.startsWith('set-aside-'))).toEqual([]);
    // The store is exactly as usable as before.
    const session = new Session({ dataDir: store.dataDir, unlockMode: 'passphrase', systemLocale: 'en-GB' });
    sessions.push(session);
    expect((await session.unlock(TEST_PASSPHRASE)).unlocked).toBe(true);
  });
});

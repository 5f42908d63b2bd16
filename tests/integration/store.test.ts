import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock } from '../../src-main/store/lock';
import { applyKey, openEncrypted } from '../../src-main/store/open';
import { dbPath, defaultDataDir, lockPath, preferencesPath } from '../../src-main/store/paths';
import { readPreferences, writePreferences } from '../../src-main/store/preferences';
import { createCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { Session } from '../../src-main/store/session';
import { makeTempDir, TEST_PASSPHRASE } from '../helpers/tempStore';
import { expectRefused, refusal } from '../helpers/refusal';

const dirs: string[] = [];
function tempDir(): string {
  const d = makeTempDir();
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Every file under dir with its SHA-256, so "untouched" means byte-identical and no file added or removed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const p = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}

const rawKey = () => crypto.randomBytes(32).toString('hex');

describe('defaultDataDir', () => {
  it('matches Electron userData for productName Växtkraft on each platform', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux', '/home/a')).toBe('/x/cfg/Växtkraft');
    expect(defaultDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/Växtkraft');
    expect(defaultDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Växtkraft');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\Växtkraft',
    );
  });
});

describe('openEncrypted', () => {
  it('writes a SQLCipher 4 file: no plain header, opens with the standard pragmas and the key', () => {
    const dir = tempDir();
    const key = rawKey();
    const raw = openEncrypted(dbPath(dir), { kind: 'raw', hex: key }, { create: true });
    raw.exec('CREATE TABLE t (x TEXT)');
    raw.prepare('INSERT INTO t VALUES (?)').run('hello');
    raw.close();
    const head = fs.readFileSync(dbPath(dir)).subarray(0, 16).toString('latin1');
    expect(head).not.toBe('SQLite format 3\0');
    const again = new Sqlite(dbPath(dir), { fileMustExist: true });
    applyKey(again, { kind: 'raw', hex: key });
    expect(again.prepare('SELECT x FROM t').get()).toEqual({ x: 'hello' });
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    again.close();
  });

  it('refuses to create over an existing file and to open a missing one', async () => {
    const dir = tempDir();
    const file = dbPath(dir);
    const files = () => snapshot(dir);
    const open = (create: boolean) => () => openEncrypted(file, { kind: 'raw', hex: rawKey() }, { create });
    await expectRefused('store.missing', open(false), files);
    expect(fs.existsSync(file)).toBe(false);
    fs.writeFileSync(file, Buffer.alloc(4096, 1));
    await expectRefused('store.exists', open(true), files);
  });

  it('reports an empty, truncated or unencrypted file as corrupt and leaves it alone', async () => {
    const dir = tempDir();
    const file = dbPath(dir);
    const key = rawKey();
    const raw = openEncrypted(file, { kind: 'raw', hex: key }, { create: true });
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const good = fs.readFileSync(file);
    const plain = new Sqlite(path.join(dir, 'plain.db'));
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    const cases: Buffer[] = [
      Buffer.alloc(0),
      good.subarray(0, 1000),
      good.subarray(0, good.length - 7),
      fs.readFileSync(path.join(dir, 'plain.db')),
    ];
    for (const bytes of cases) {
      fs.writeFileSync(file, bytes);
      const open = () => openEncrypted(file, { kind: 'raw', hex: key }, { create: false });
      await expectRefused('store.corrupt', open, () => snapshot(dir));
    }
  });

  it('never overwrites random bytes, even with a key', async () => {
    const dir = tempDir();
    const file = dbPath(dir);
    fs.writeFileSync(file, crypto.randomBytes(8192));
    const before = snapshot(dir);
    const { code } = await refusal(() => openEncrypted(file, { kind: 'raw', hex: rawKey() }, { create: false }));
    // An encrypted page is indistinguishable from noise, so this can only read as a wrong key.
    expect(['store.wrongPassphrase', 'store.corrupt']).toContain(code);
    expect(snapshot(dir)).toEqual(before);
  });

  it('rejects a raw key that is not 64 hex digits', async () => {
    const dir = tempDir();
    const open = () => openEncrypted(dbPath(dir), { kind: 'raw', hex: 'abc' }, { create: true });
    await expectRefused('store.keyFileDamaged', open);
  });
});

describe('acquireDataLock', () => {
  it('lets one holder in; a second gets store.inUse with the pid; release frees it', async () => {
    const dir = tempDir();
    const lock = acquireDataLock(dir);
    const err = await expectRefused(
      'store.inUse',
      () => acquireDataLock(dir),
      () => snapshot(dir),
    );
    expect(err.params).toEqual({ pid: process.pid });
    lock.release();
    expect(fs.existsSync(lockPath(dir))).toBe(false);
    acquireDataLock(dir).release();
  });

  it('takes over a stale lock left by a dead process, or one that cannot be read', () => {
    const dir = tempDir();
    const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    expect(child.pid).toBeGreaterThan(0);
    fs.writeFileSync(lockPath(dir), JSON.stringify({ pid: child.pid }));
    const lock = acquireDataLock(dir);
    expect(JSON.parse(fs.readFileSync(lockPath(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    fs.writeFileSync(lockPath(dir), 'garbage');
    acquireDataLock(dir).release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('does not remove a lock that another process holds after ours', () => {
    const dir = tempDir();
    const lock = acquireDataLock(dir);
    fs.writeFileSync(lockPath(dir), JSON.stringify({ pid: 1 }));
    lock.release();
    expect(fs.existsSync(lockPath(dir))).toBe(true);
  });
});

describe('preferences', () => {
  it('round-trips the language and falls back to defaults when damaged', () => {
    const dir = tempDir();
    expect(readPreferences(dir)).toEqual({ language: null });
    writePreferences(dir, { language: 'en' });
    expect(readPreferences(dir)).toEqual({ language: 'en' });
    expect(JSON.parse(fs.readFileSync(preferencesPath(dir), 'utf8'))).toEqual({ language: 'en' });
    fs.writeFileSync(preferencesPath(dir), '{"language": "sv"');
    expect(readPreferences(dir)).toEqual({ language: null });
    fs.writeFileSync(preferencesPath(dir), '{"language": "klingon"}');
    expect(readPreferences(dir)).toEqual({ language: null });
    fs.writeFileSync(preferencesPath(dir), '[1,2]');
    expect(readPreferences(dir)).toEqual({ language: null });
  });
});

describe('no plaintext in the data folder', () => {
  it('finds neither a company nor a person name in any file, open or closed', async () => {
    const dir = tempDir();
    const session = new Session({ dataDir: dir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
    await session.create(TEST_PASSPHRASE);
    session.setLanguage('sv');
    const company = await createCompany(session.db, { name: 'Zyxwv Snickeri AB', orgNumber: '556036-0793', contactName: 'Qwerty Persson' });
    await createPerson(session.db, { companyId: company.id, name: 'Qwerty Persson', role: 'owner' });
    fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'logs', 'main.log'), 'store unlocked\n');

    const needles = ['Zyxwv', 'Qwerty Persson', 'Snickeri'].map((s) => Buffer.from(s, 'utf8'));
    const scan = () => {
      const files = Object.keys(snapshot(dir));
      for (const f of files) {
        const bytes = fs.readFileSync(path.join(dir, f));
        for (const n of needles) expect(bytes.includes(n), `${n.toString()} in ${f}`).toBe(false);
      }
      return files;
    };
    const whileOpen = scan();
    expect(whileOpen).toContain('vaxtkraft.db-wal');
    session.close();
    const afterClose = scan();
    expect(afterClose).toContain('vaxtkraft.db');
    expect(afterClose).toContain('preferences.json');

    // And the names are really there, for whoever has the key.
    const again = new Session({ dataDir: dir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
    await again.unlock(TEST_PASSPHRASE);
    const names = await again.db.selectFrom('people').select('name').execute();
    expect(names).toEqual([{ name: 'Qwerty Persson' }]);
    again.close();
  });
});

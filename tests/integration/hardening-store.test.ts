import { spawn } from 'node:child_process';
import fs from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/api/errors';
import { createRouter } from '../../src-main/ipc/router';
import { backoffSeconds, unlockAttemptsPath } from '../../src-main/store/backoff';
import { diskStartupError } from '../../src-main/store/diskErrors';
import { acquireDataLock, currentIdentity, processStart, sameBoot, stateOf } from '../../src-main/store/lock';
import { lockPath } from '../../src-main/store/paths';
import { Session } from '../../src-main/store/session';
import { makeTempDir, makeTempStore, orgNumberFor, TEST_PASSPHRASE } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

const dirs: string[] = [];
let store: TempStore | null = null;
afterEach(() => {
  vi.restoreAllMocks();
  store?.cleanup();
  store = null;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = makeTempDir();
  dirs.push(d);
  return d;
}

async function codeOf(call: () => unknown): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await call();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('every connection the app opens', () => {
  it('keeps temporary files in memory and syncs every commit (temp_store = MEMORY, synchronous = FULL)', async () => {
    // Read back on each connection just before it closes: the main one, and the read-only ones that prove a passphrase.
    const seen: { temp: unknown; sync: unknown; readonly: boolean }[] = [];
    const close = Sqlite.prototype.close;
    vi.spyOn(Sqlite.prototype, 'close').mockImplementation(function (this: Sqlite.Database) {
      if (this.open) {
        const pragma = (name: string) => this.pragma(name, { simple: true });
        seen.push({ temp: pragma('temp_store'), sync: pragma('synchronous'), readonly: this.readonly });
      }
      return close.call(this);
    });
    const session = new Session({ dataDir: tempDir(), unlockMode: 'passphrase', systemLocale: 'sv-SE' });
    await session.create(TEST_PASSPHRASE);
    session.verifyPassphrase(TEST_PASSPHRASE);
    await session.changePassphrase(TEST_PASSPHRASE, `${TEST_PASSPHRASE} 2`);
    session.lock();
    await session.unlock(`${TEST_PASSPHRASE} 2`);
    session.close();
    expect(seen.filter((c) => c.readonly).length).toBe(2);
    expect(seen.filter((c) => !c.readonly).length).toBe(2);
    // 2 is MEMORY for temp_store and FULL for synchronous.
    for (const connection of seen) expect(connection).toMatchObject({ temp: 2, sync: 2 });
  });
});

describe('wrong passphrases at unlock', () => {
  it('back off 1, 2, 4 … s, counted in a file beside the store that a restart does not reset', async () => {
    const dataDir = tempDir();
    let now = Date.parse('2025-03-01T09:00:00Z');
    const open = () => new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now: () => new Date(now) });
    const first = open();
    await first.create(TEST_PASSPHRASE);
    first.close();

    let session = open();
    expect((await codeOf(() => session.unlock('wrong passphrase one'))).code).toBe('store.wrongPassphrase');
    // Even the right passphrase waits: it is not tried (nor derived) before the wait is over.
    expect(await codeOf(() => session.unlock(TEST_PASSPHRASE))).toEqual({ code: 'store.tooManyAttempts', params: { seconds: 1 } });
    now += 1000;
    expect((await codeOf(() => session.unlock('wrong passphrase two'))).code).toBe('store.wrongPassphrase');
    // A restart (a new process) reads the count from the file.
    session = open();
    expect(await codeOf(() => session.unlock(TEST_PASSPHRASE))).toEqual({ code: 'store.tooManyAttempts', params: { seconds: 2 } });
    expect(JSON.parse(fs.readFileSync(unlockAttemptsPath(dataDir), 'utf8'))).toMatchObject({ failures: 2 });
    expect(fs.statSync(unlockAttemptsPath(dataDir)).mode & 0o777).toBe(0o600);
    now += 2000;
    expect((await session.unlock(TEST_PASSPHRASE)).unlocked).toBe(true);
    expect(fs.existsSync(unlockAttemptsPath(dataDir))).toBe(false);
    session.close();
  });

  it('grow as powers of two up to a cap', () => {
    expect([1, 2, 3, 4, 5].map(backoffSeconds)).toEqual([1, 2, 4, 8, 16]);
    expect(backoffSeconds(40)).toBe(300);
  });
});

describe('the single-instance lock', () => {
  it('records the boot and the start time, and takes over a lock whose pid now names another program', async () => {
    const dir = tempDir();
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await new Promise((r) => other.once('spawn', r));
      const pid = other.pid!;
      const real = currentIdentity(pid);
      // The same boot and start time: that process holds the folder.
      fs.writeFileSync(lockPath(dir), JSON.stringify(real));
      expect((await codeOf(() => acquireDataLock(dir))).code).toBe('store.inUse');
      // After a reboot, or a pid reused by another program: a stale lock, taken over.
      for (const stale of [
        { ...real, boot: 'id:another-boot' },
        { ...real, started: String(Number(processStart(pid)) - 1) },
      ]) {
        fs.writeFileSync(lockPath(dir), JSON.stringify(stale));
        const lock = acquireDataLock(dir);
        expect(JSON.parse(fs.readFileSync(lockPath(dir), 'utf8'))).toEqual(currentIdentity());
        lock.release();
      }
    } finally {
      other.kill();
    }
  });

  it('takes over a lock whose process was killed but not yet reaped (a zombie holds nothing)', async () => {
    const dir = tempDir();
    // `sleep 0` exits at once; its parent then becomes `sleep 30` by exec and never reaps it: a real zombie.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((r) => parent.stdout!.once('data', (d: Buffer) => r(d.toString().trim()))));
      await expect.poll(() => stateOf(fs.readFileSync(`/proc/${zombie}/stat`, 'utf8'))).toBe('Z');
      fs.writeFileSync(lockPath(dir), JSON.stringify(currentIdentity(zombie)));
      const lock = acquireDataLock(dir);
      expect(JSON.parse(fs.readFileSync(lockPath(dir), 'utf8'))).toEqual(currentIdentity());
      lock.release();
    } finally {
      parent.kill();
    }
  });

  it('reads the state letter of /proc/PID/stat, whatever the command name holds', () => {
    expect(stateOf('4242 (node) S 1 4242 4242 0 -1')).toBe('S');
    expect(stateOf('4243 (a) Z) Z 1 4242 4242 0 -1')).toBe('Z');
  });

  it('tells boots apart by the boot id (Linux), or elsewhere by a boot time that may drift by a second', () => {
    expect(sameBoot('id:a', 'id:a')).toBe(true);
    expect(sameBoot('id:a', 'id:b')).toBe(false);
    expect(sameBoot('time:1700000000000', 'time:1700000001200')).toBe(true);
    expect(sameBoot('time:1700000000000', 'time:1700086400000')).toBe(false);
  });
});

describe('disk failures', () => {
  it('at start: translated codes naming the folder, never the raw errno text', () => {
    const errno = (code: string) => Object.assign(new Error(`${code}: raw text`), { code });
    expect(diskStartupError(errno('ENOSPC'), '/d')).toEqual(new AppError('store.startDiskFull', { path: '/d' }));
    expect((diskStartupError(errno('EROFS'), '/d') as AppError).code).toBe('store.readOnly');
    expect((diskStartupError(errno('EACCES'), '/d') as AppError).code).toBe('store.noPermission');
    expect((diskStartupError(errno('SQLITE_FULL'), '/d') as AppError).code).toBe('store.startDiskFull');
    expect((diskStartupError(errno('SQLITE_READONLY_DIRECTORY'), '/d') as AppError).code).toBe('store.readOnly');
    const other = errno('EIO');
    expect(diskStartupError(other, '/d')).toBe(other);
  });

  it('at run time: a write that finds the disk full answers store.diskFull, and goes through once there is space', async () => {
    store = await makeTempStore();
    const router = createRouter(store.session);
    const { sql } = await import('kysely');
    const pages = (await sql<{ page_count: number }>`PRAGMA page_count`.execute(store.db)).rows[0]!.page_count;
    // A full disk, as SQLite sees it: the file may not grow.
    await sql.raw(`PRAGMA max_page_count = ${pages}`).execute(store.db);
    const note = 'x'.repeat(3000);
    let refused: unknown = null;
    for (let n = 1; n < 40 && refused === null; n++) {
      const r = await router.handle('companies.create', { name: `Företag ${n} AB ${note.slice(0, 150)}`, orgNumber: orgNumberFor(n) });
      if (!r.ok) refused = r;
    }
    expect(refused).toEqual({ ok: false, error: { code: 'store.diskFull' } });
    await sql.raw('PRAGMA max_page_count = 1073741823').execute(store.db);
    expect((await router.handle('companies.create', { name: 'Efter AB', orgNumber: orgNumberFor(99) })).ok).toBe(true);
  });
});

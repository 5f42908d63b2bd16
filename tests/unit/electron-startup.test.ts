import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/api/errors';
import { keyFilePath } from '../../src-main/app/keychain';
import type { SafeStorageLike } from '../../src-main/app/keychain';
import { openStore } from '../../src-main/app/startup';
import { acquireDataLock } from '../../src-main/store/lock';
import { dbPath } from '../../src-main/store/paths';
import { setAsideStore } from '../../src-main/store/setAside';

function safeStorage(backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) => Buffer.from(`enc:${Buffer.from(plain).toString('base64')}`),
    decryptString: (buffer) => {
      const text = buffer.toString();
      if (!text.startsWith('enc:')) throw new Error('cannot decrypt');
      return Buffer.from(text.slice(4), 'base64').toString();
    },
  };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-startup-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('openStore (Electron startup, with a real encrypted store)', () => {
  it('keychain mode: first run creates key.json and the store, the next run unlocks it with the same key', async () => {
    const first = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    expect(first.session.status()).toMatchObject({ storeExists: true, unlocked: true, unlockMode: 'keychain', systemLanguage: 'sv' });
    expect(fs.existsSync(keyFilePath(dir))).toBe(true);
    first.session.close();
    first.lock.release();

    const keyFile = fs.readFileSync(keyFilePath(dir), 'utf8');
    const second = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'en-GB', platform: 'linux' });
    expect(second.session.status()).toMatchObject({ unlocked: true, unlockMode: 'keychain' });
    expect(fs.readFileSync(keyFilePath(dir), 'utf8')).toBe(keyFile);
    second.session.close();
    second.lock.release();
  });

  it('Linux basic_text: passphrase mode, the store stays locked and no key file is written', async () => {
    const opened = await openStore({ dataDir: dir, safeStorage: safeStorage('basic_text'), systemLocale: 'en-US', platform: 'linux' });
    expect(opened.session.status()).toMatchObject({ storeExists: false, unlocked: false, unlockMode: 'passphrase' });
    expect(fs.existsSync(keyFilePath(dir))).toBe(false);
    opened.session.close();
    opened.lock.release();
  });

  it('a damaged key file: the session starts locked with the startup error, the files are left alone, the lock is held', async () => {
    const first = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    first.session.close();
    first.lock.release();
    fs.writeFileSync(keyFilePath(dir), '{"format":"vaxtkraft.key","version":1,"encrypted":"bm9wZQ=="}');
    const dbBefore = fs.readFileSync(dbPath(dir));

    const opened = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    try {
      expect(opened.session.status()).toMatchObject({
        storeExists: true,
        unlocked: false,
        unlockMode: 'keychain',
        startupError: { code: 'store.keyFileDamaged' },
      });
      expect(fs.readFileSync(keyFilePath(dir), 'utf8')).toContain('bm9wZQ==');
      expect(fs.readFileSync(dbPath(dir)).equals(dbBefore)).toBe(true);
      // The app keeps running with the folder: a second process is refused.
      expect(() => acquireDataLock(dir)).toThrow(expect.objectContaining({ code: 'store.inUse' }));
    } finally {
      opened.session.close();
      opened.lock.release();
    }
    acquireDataLock(dir).release();
  });

  it('a damaged database, and one from a newer version, are startup errors on the session', async () => {
    const first = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    first.session.close();
    first.lock.release();
    const good = fs.readFileSync(dbPath(dir));
    fs.writeFileSync(dbPath(dir), good.subarray(0, 1000));
    const corrupt = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    expect(corrupt.session.status().startupError).toMatchObject({ code: 'store.corrupt' });
    corrupt.session.close();
    corrupt.lock.release();

    // A key file that does not open this database (another store's key) is reported as an unreadable key.
    fs.writeFileSync(dbPath(dir), good);
    fs.rmSync(keyFilePath(dir));
    fs.writeFileSync(
      keyFilePath(dir),
      JSON.stringify({
        format: 'vaxtkraft.key',
        version: 1,
        encrypted: Buffer.from(`enc:${Buffer.from('ab'.repeat(32)).toString('base64')}`).toString('base64'),
      }),
    );
    const mismatch = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    expect(mismatch.session.status()).toMatchObject({
      unlocked: false,
      startupError: { code: 'store.keyFileDamaged', params: { reason: 'keyMismatch' } },
    });
    mismatch.session.close();
    mismatch.lock.release();
  });

  it('after a set-aside with the keychain working, a new key and an empty store are made at once', async () => {
    const first = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    first.session.close();
    first.lock.release();
    fs.writeFileSync(keyFilePath(dir), 'damaged');
    const opened = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    try {
      expect(opened.session.status().startupError?.code).toBe('store.keyFileDamaged');
      const { folder } = setAsideStore(dir, new Date());
      await opened.session.afterSetAside();
      const status = opened.session.status();
      expect(status).toMatchObject({ storeExists: true, unlocked: true, unlockMode: 'keychain' });
      expect(status.startupError).toBeUndefined();
      expect(fs.readFileSync(path.join(folder, 'key.json'), 'utf8')).toBe('damaged');
      expect(fs.readFileSync(keyFilePath(dir), 'utf8')).toContain('vaxtkraft.key');
    } finally {
      opened.session.close();
      opened.lock.release();
    }
  });

  it('a store made in keychain mode, with the keychain gone: a startup error, and a set-aside asks for a restart', async () => {
    const first = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    first.session.close();
    first.lock.release();
    const relaunch = vi.fn();
    const opened = await openStore({
      dataDir: dir,
      safeStorage: safeStorage('basic_text'),
      systemLocale: 'sv-SE',
      platform: 'linux',
      relaunch,
    });
    try {
      expect(opened.session.status()).toMatchObject({
        unlocked: false,
        unlockMode: 'keychain',
        startupError: { code: 'store.keychainUnavailable' },
      });
      setAsideStore(dir, new Date());
      await opened.session.afterSetAside();
      expect(relaunch).toHaveBeenCalledTimes(1);
      expect(opened.session.status()).toMatchObject({ storeExists: false, unlocked: false });
      expect(fs.existsSync(keyFilePath(dir))).toBe(false);
    } finally {
      opened.session.close();
      opened.lock.release();
    }
    // The restart plans again: no keychain and no store means the passphrase screens.
    const restarted = await openStore({ dataDir: dir, safeStorage: safeStorage('basic_text'), systemLocale: 'sv-SE', platform: 'linux' });
    expect(restarted.session.status()).toMatchObject({ storeExists: false, unlockMode: 'passphrase' });
    restarted.session.close();
    restarted.lock.release();
  });

  it('refuses a data folder another process holds', async () => {
    const held = acquireDataLock(dir);
    try {
      const error = await failure(openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' }));
      expect(error.code).toBe('store.inUse');
    } finally {
      held.release();
    }
  });
});

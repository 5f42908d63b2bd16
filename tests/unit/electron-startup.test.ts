import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/api/errors';
import { keyFilePath } from '../../src-main/app/keychain';
import type { SafeStorageLike } from '../../src-main/app/keychain';
import { openStore } from '../../src-main/app/startup';
import { acquireDataLock } from '../../src-main/store/lock';
import { dbPath } from '../../src-main/store/paths';

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
  const error = await promise.then(() => null, (e: unknown) => e);
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

  it('a damaged key file is reported, left alone, and the lock is released', async () => {
    const first = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    first.session.close();
    first.lock.release();
    fs.writeFileSync(keyFilePath(dir), '{"format":"vaxtkraft.key","version":1,"encrypted":"bm9wZQ=="}');
    const dbBefore = fs.readFileSync(dbPath(dir));

    const error = await failure(openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' }));
    expect(error.code).toBe('store.keyFileDamaged');
    expect(fs.readFileSync(keyFilePath(dir), 'utf8')).toContain('bm9wZQ==');
    expect(fs.readFileSync(dbPath(dir)).equals(dbBefore)).toBe(true);
    acquireDataLock(dir).release();
  });

  it('a store made in keychain mode, with the keychain gone, is reported rather than offered a useless unlock screen', async () => {
    const first = await openStore({ dataDir: dir, safeStorage: safeStorage(), systemLocale: 'sv-SE', platform: 'linux' });
    first.session.close();
    first.lock.release();
    const error = await failure(openStore({ dataDir: dir, safeStorage: safeStorage('basic_text'), systemLocale: 'sv-SE', platform: 'linux' }));
    expect(error.code).toBe('store.keychainUnavailable');
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

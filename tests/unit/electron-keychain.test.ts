import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/errors';
import { createKey, isKeychainAvailable, keyFilePath, loadOrCreateKey, planUnlock, readKey } from '../../src-main/app/keychain';
import type { SafeStorageLike } from '../../src-main/app/keychain';
import { keyFilePath as storeKeyFilePath } from '../../src-main/store/paths';

/** Reversible and visibly not plain text, like the real thing. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike & { encrypted: number } {
  const api = {
    encrypted: 0,
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(plain: string) {
      api.encrypted++;
      return Buffer.concat([Buffer.from('v10'), Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)]);
    },
    decryptString(buffer: Buffer) {
      if (buffer.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(buffer.subarray(3).map((b) => b ^ 0x5a)).toString('utf8');
    },
  };
  return api;
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-keychain-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe('isKeychainAvailable', () => {
  it('counts Linux basic_text and unknown as no keychain', () => {
    expect(isKeychainAvailable(fakeSafeStorage({ backend: 'basic_text' }), 'linux')).toBe(false);
    expect(isKeychainAvailable(fakeSafeStorage({ backend: 'unknown' }), 'linux')).toBe(false);
    expect(isKeychainAvailable(fakeSafeStorage({ backend: 'gnome_libsecret' }), 'linux')).toBe(true);
    expect(isKeychainAvailable(fakeSafeStorage({ backend: 'kwallet6' }), 'linux')).toBe(true);
  });

  it('is unavailable when safeStorage cannot encrypt, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(isKeychainAvailable(fakeSafeStorage({ available: false }), platform)).toBe(false);
    }
  });

  it('ignores the Linux backend elsewhere', () => {
    expect(isKeychainAvailable(fakeSafeStorage({ backend: 'basic_text' }), 'darwin')).toBe(true);
    expect(isKeychainAvailable(fakeSafeStorage({ backend: 'unknown' }), 'win32')).toBe(true);
  });
});

describe('planUnlock', () => {
  it('uses the keychain for a first run or an existing key file, else the passphrase', () => {
    expect(planUnlock({ keychainAvailable: true, keyFileExists: false, storeExists: false })).toEqual({ mode: 'keychain', keyFile: 'new' });
    expect(planUnlock({ keychainAvailable: true, keyFileExists: true, storeExists: true })).toEqual({
      mode: 'keychain',
      keyFile: 'existing',
    });
    expect(planUnlock({ keychainAvailable: true, keyFileExists: false, storeExists: true })).toEqual({ mode: 'passphrase' });
    expect(planUnlock({ keychainAvailable: false, keyFileExists: false, storeExists: false })).toEqual({ mode: 'passphrase' });
    expect(planUnlock({ keychainAvailable: false, keyFileExists: false, storeExists: true })).toEqual({ mode: 'passphrase' });
  });

  it('reports a keychain-keyed store whose keychain has gone', () => {
    expect(planUnlock({ keychainAvailable: false, keyFileExists: true, storeExists: true })).toEqual({ mode: 'keychainMissing' });
  });
});

describe('key.json', () => {
  it('lives where the store expects it', () => {
    expect(keyFilePath(dir)).toBe(storeKeyFilePath(dir));
  });

  it('creates a 256-bit key, encrypted through safeStorage, and reads it back', async () => {
    const safeStorage = fakeSafeStorage();
    const first = await loadOrCreateKey(dir, safeStorage);
    expect(first.created).toBe(true);
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    expect(safeStorage.encrypted).toBe(1);

    const text = fs.readFileSync(keyFilePath(dir), 'utf8');
    expect(text).not.toContain(first.key);
    const parsed = JSON.parse(text) as { format: string; version: number; encrypted: string };
    expect(parsed).toMatchObject({ format: 'vaxtkraft.key', version: 1 });
    expect(safeStorage.decryptString(Buffer.from(parsed.encrypted, 'base64'))).toBe(first.key);
    if (process.platform !== 'win32') expect(fs.statSync(keyFilePath(dir)).mode & 0o077).toBe(0);

    const second = await loadOrCreateKey(dir, safeStorage);
    expect(second).toEqual({ key: first.key, created: false });
    expect(await readKey(dir, safeStorage)).toBe(first.key);
    expect(safeStorage.encrypted).toBe(1);
  });

  it('makes a different key each time', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-keychain-'));
    try {
      expect(await createKey(dir, fakeSafeStorage())).not.toBe(await createKey(other, fakeSafeStorage()));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('reads no key when there is no file', async () => {
    expect(await readKey(dir, fakeSafeStorage())).toBeNull();
  });

  it.each([
    ['not JSON', '{ this is not json'],
    ['the wrong shape', JSON.stringify({ key: 'abc' })],
    ['a newer format version', JSON.stringify({ format: 'vaxtkraft.key', version: 2, encrypted: 'AAAA' })],
    [
      'ciphertext safeStorage refuses',
      JSON.stringify({ format: 'vaxtkraft.key', version: 1, encrypted: Buffer.from('garbage').toString('base64') }),
    ],
    [
      'a decrypted value that is no key',
      JSON.stringify({ format: 'vaxtkraft.key', version: 1, encrypted: fakeSafeStorage().encryptString('not-a-key').toString('base64') }),
    ],
    ['an empty file', ''],
  ])('a key.json with %s is keyFileDamaged and stays untouched', async (_label, content) => {
    fs.writeFileSync(keyFilePath(dir), content);
    const before = fs.statSync(keyFilePath(dir));
    await expectCode(readKey(dir, fakeSafeStorage()), 'store.keyFileDamaged');
    await expectCode(loadOrCreateKey(dir, fakeSafeStorage()), 'store.keyFileDamaged');
    await expectCode(createKey(dir, fakeSafeStorage()), 'store.keyFileDamaged');
    expect(fs.readFileSync(keyFilePath(dir), 'utf8')).toBe(content);
    expect(fs.statSync(keyFilePath(dir)).mtimeMs).toBe(before.mtimeMs);
    expect(fs.readdirSync(dir)).toEqual(['key.json']);
  });
});

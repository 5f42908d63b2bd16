import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { AppError } from '@shared/api/errors';

export const KEY_FILE = 'key.json';
const KEY_FORMAT = 'vaxtkraft.key';
const KEY_VERSION = 1;
const RAW_KEY = /^[0-9a-f]{64}$/;

/**
 * The parts of Electron's safeStorage we use. The synchronous calls are deprecated in Electron 45 in favour of
 * async ones, but they are the long-proven path; data they encrypt is readable by `decryptStringAsync` too,
 * so moving over later needs no migration of key.json.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * A keychain that only obfuscates (Linux `basic_text`, or a backend not known before `ready`) is no keychain:
 * the key would sit next to the database in effect unencrypted, so the advisor types a passphrase instead.
 */
export function isKeychainAvailable(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') return false;
  }
  return true;
}

export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE);
}

export async function keyFileExists(dataDir: string): Promise<boolean> {
  try {
    await fs.access(keyFilePath(dataDir));
    return true;
  } catch {
    return false;
  }
}

/**
 * The raw key (64 hex digits) from key.json, or null when there is no key file. A file that is there but
 * cannot be read back to a key is `store.keyFileDamaged`: it is left exactly as it is, never replaced,
 * because replacing it would lose the only way into the database.
 */
export async function readKey(dataDir: string, safeStorage: SafeStorageLike): Promise<string | null> {
  let text: string;
  try {
    text = await fs.readFile(keyFilePath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('store.keyFileDamaged');
  }
  let encrypted: Buffer;
  try {
    const parsed = JSON.parse(text) as { format?: unknown; version?: unknown; encrypted?: unknown };
    if (parsed.format !== KEY_FORMAT || parsed.version !== KEY_VERSION || typeof parsed.encrypted !== 'string') {
      throw new Error('shape');
    }
    encrypted = Buffer.from(parsed.encrypted, 'base64');
  } catch {
    throw new AppError('store.keyFileDamaged');
  }
  let key: string;
  try {
    key = safeStorage.decryptString(encrypted);
  } catch {
    throw new AppError('store.keyFileDamaged');
  }
  if (!RAW_KEY.test(key)) throw new AppError('store.keyFileDamaged');
  return key;
}

/** A fresh 256-bit key, written atomically; refuses to overwrite an existing key file. */
export async function createKey(dataDir: string, safeStorage: SafeStorageLike): Promise<string> {
  if (await keyFileExists(dataDir)) throw new AppError('store.keyFileDamaged');
  const key = randomBytes(32).toString('hex');
  const encrypted = safeStorage.encryptString(key).toString('base64');
  const body = `${JSON.stringify({ format: KEY_FORMAT, version: KEY_VERSION, encrypted }, null, 2)}\n`;
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(keyFilePath(dataDir), body, { mode: 0o600 });
  return key;
}

/** The existing key, or a new one when there is none yet. */
export async function loadOrCreateKey(dataDir: string, safeStorage: SafeStorageLike): Promise<{ key: string; created: boolean }> {
  const existing = await readKey(dataDir, safeStorage);
  if (existing !== null) return { key: existing, created: false };
  return { key: await createKey(dataDir, safeStorage), created: true };
}

export type UnlockPlan = { mode: 'keychain'; keyFile: 'existing' | 'new' } | { mode: 'passphrase' } | { mode: 'keychainMissing' };

/**
 * Keychain mode when the OS keeps secrets properly and either a key file exists or there is no store yet.
 * A store without a key file was made with a passphrase (or on another machine): only the passphrase opens it.
 * A key file while the keychain is gone (a locked keyring, another user) cannot be read: no passphrase would
 * open that store either, so that is reported rather than offering an unlock screen that can never work.
 */
export function planUnlock(options: { keychainAvailable: boolean; keyFileExists: boolean; storeExists: boolean }): UnlockPlan {
  if (!options.keychainAvailable)
    return options.keyFileExists && options.storeExists ? { mode: 'keychainMissing' } : { mode: 'passphrase' };
  if (options.keyFileExists) return { mode: 'keychain', keyFile: 'existing' };
  if (!options.storeExists) return { mode: 'keychain', keyFile: 'new' };
  return { mode: 'passphrase' };
}

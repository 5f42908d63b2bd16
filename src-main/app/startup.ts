import fs from 'node:fs';
import { AppError } from '../../src-shared/api/errors';
import { acquireDataLock } from '../store/lock';
import type { DataLock } from '../store/lock';
import { dbPath } from '../store/paths';
import { Session } from '../store/session';
import { isKeychainAvailable, keyFileExists, loadOrCreateKey, planUnlock } from './keychain';
import type { SafeStorageLike } from './keychain';

export interface OpenStoreOptions {
  dataDir: string;
  safeStorage: SafeStorageLike;
  systemLocale: string;
  platform?: NodeJS.Platform;
}

/**
 * Takes the data folder's lock, picks the unlock mode and, in keychain mode, opens (or on first run creates)
 * the store with the key from key.json. In passphrase mode the store stays locked for the renderer's screens.
 * Every failure is an AppError for a translated message; the lock is released again on the way out.
 */
export async function openStore(options: OpenStoreOptions): Promise<{ session: Session; lock: DataLock }> {
  const { dataDir, safeStorage } = options;
  const lock = acquireDataLock(dataDir);
  try {
    const storeExists = fs.existsSync(dbPath(dataDir));
    const plan = planUnlock({
      keychainAvailable: isKeychainAvailable(safeStorage, options.platform),
      keyFileExists: await keyFileExists(dataDir),
      storeExists,
    });
    if (plan.mode === 'keychainMissing') throw new AppError('store.keychainUnavailable');
    const session = new Session({ dataDir, unlockMode: plan.mode, systemLocale: options.systemLocale });
    if (plan.mode === 'keychain') {
      const { key } = await loadOrCreateKey(dataDir, safeStorage);
      await session.unlockWithRawKey(key, { create: !storeExists });
    }
    return { session, lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

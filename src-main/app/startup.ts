import fs from 'node:fs';
import { AppError } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';
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
  /** Keychain mode, after the store was set aside while no keychain is usable: restart to re-plan (app.relaunch). */
  relaunch?: () => void;
}

/** Start failures the renderer explains on its own screen (with the set-aside button); the rest quit the app. */
export const SHOWN_STARTUP_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'store.corrupt',
  'store.newerVersion',
  'store.keyFileDamaged',
  'store.keychainUnavailable',
]);

/** A raw key from key.json that does not open the database: the key file belongs to another store. */
function asStartupError(error: unknown): AppError | null {
  if (!(error instanceof AppError)) return null;
  if (error.code === 'store.wrongPassphrase') return new AppError('store.keyFileDamaged', { reason: 'keyMismatch' });
  return SHOWN_STARTUP_ERRORS.has(error.code) ? error : null;
}

/**
 * Takes the data folder's lock, picks the unlock mode and, in keychain mode, opens (or on first run creates)
 * the store with the key from key.json. In passphrase mode the store stays locked for the renderer's screens.
 * A keychain-mode failure the advisor can act on (damaged file, newer version, unreadable key, no keychain)
 * is recorded on the session, which stays locked, for the renderer's startup-error screen. Any other failure
 * (the folder in use by another process) is thrown as an AppError; the lock is released again on the way out.
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
    const unlockMode = plan.mode === 'passphrase' ? 'passphrase' : 'keychain';
    const session = new Session({ dataDir, unlockMode, systemLocale: options.systemLocale });
    if (unlockMode === 'passphrase') return { session, lock };

    // After the store was set aside: a new key and an empty store, as on a first run.
    session.onSetAside(async () => {
      if (!isKeychainAvailable(safeStorage, options.platform)) {
        // The next start plans again and, without a keychain, asks for a passphrase.
        options.relaunch?.();
        return;
      }
      const { key } = await loadOrCreateKey(dataDir, safeStorage);
      await session.unlockWithRawKey(key, { create: true });
    });
    try {
      if (plan.mode === 'keychainMissing') throw new AppError('store.keychainUnavailable');
      const { key } = await loadOrCreateKey(dataDir, safeStorage);
      await session.unlockWithRawKey(key, { create: !storeExists });
    } catch (error) {
      const shown = asStartupError(error);
      if (!shown) throw error;
      session.setStartupError(shown);
    }
    return { session, lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

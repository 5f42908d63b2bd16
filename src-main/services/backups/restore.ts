import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/api/errors';
import type { RestoreResult } from '@shared/api/backups';
import type { SessionStatus } from '@shared/api/session';
import type { StoreKey } from '../../store/open';
import { dbPath, keyFilePath } from '../../store/paths';
import { setAsideStore, storeFiles } from '../../store/setAside';
import { isBackupName } from './files';
import { checkBackup } from './verify';

/** What a restore needs of the session: its folder and clock, and a way to swap the store's files while closed. */
export interface RestoreTarget {
  readonly dataDir: string;
  now(): Date;
  reopenAfter(swap: () => void, key: StoreKey): Promise<SessionStatus>;
}

/**
 * Puts a backup in place of the current store. The backup is checked first (the key opens it, integrity_check
 * passes): a wrong passphrase or a damaged backup is refused before anything in the data folder changes. Then the
 * backup is copied beside the store, the current store is set aside (moved, as "start again" does), and the copy
 * takes its place. A keychain store's key file stays (the backup opens with the same key).
 */
export async function restoreBackup(target: RestoreTarget, folder: string, name: string, key: StoreKey): Promise<RestoreResult> {
  if (!isBackupName(name)) throw new AppError('backups.notFound');
  const source = path.join(folder, name);
  checkBackup(source, key);
  const { dataDir } = target;
  const db = dbPath(dataDir);
  const incoming = `${db}.restoring`;
  let setAsideFolder: string | null = null;
  const status = await target.reopenAfter(() => {
    fs.copyFileSync(source, incoming);
    try {
      fs.chmodSync(incoming, 0o600);
      if (storeFiles(dataDir).some((f) => fs.existsSync(f))) {
        const { folder: aside, moved } = setAsideStore(dataDir, target.now());
        setAsideFolder = aside;
        if (moved.includes(path.basename(keyFilePath(dataDir)))) {
          fs.copyFileSync(path.join(aside, path.basename(keyFilePath(dataDir))), keyFilePath(dataDir));
        }
      }
    } catch (error) {
      fs.rmSync(incoming, { force: true });
      throw error;
    }
    fs.renameSync(incoming, db);
  }, key);
  return { status, setAsideFolder };
}

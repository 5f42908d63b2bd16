import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { BackupInfo, BackupList, KeyExport, RestoreResult } from '@shared/api/backups';
import type { Session } from '../../store/session';
import type { StoreKey } from '../../store/open';
import { getSettings } from '../settings';
import { backupFolderOf, readRememberedFolder, rememberFolder } from './files';
import { listBackups } from './list';
import { makeBackup } from './make';
import { restoreBackup } from './restore';
import { exportKey } from './keyExport';

/** The channels' side of backups: which folder, which key. */

/** Unlocked: the folder in Settings; locked: the one last used (remembered beside the store), else the default. */
export async function currentFolder(session: Session): Promise<string> {
  if (!session.unlocked) return readRememberedFolder(session.dataDir) ?? backupFolderOf(session.dataDir, null);
  const folder = backupFolderOf(session.dataDir, (await getSettings(session.db)).backupFolder);
  rememberFolder(session.dataDir, folder);
  return folder;
}

/** The passphrase typed for the backup, else the store's own key (unlocked, or the keychain's). */
function keyFor(session: Session, passphrase: string | undefined): StoreKey | null {
  return passphrase !== undefined ? { kind: 'passphrase', passphrase } : session.storeKey;
}

export async function backupList(session: Session, input: ParsedInputOf<'backups.list'>): Promise<BackupList> {
  const folder = await currentFolder(session);
  return { folder, backups: listBackups(folder, keyFor(session, input.passphrase)) };
}

export async function backupNow(session: Session): Promise<BackupInfo> {
  return makeBackup(session, await currentFolder(session), session.now());
}

export async function backupRestore(session: Session, input: ParsedInputOf<'backups.restore'>): Promise<RestoreResult> {
  const key = keyFor(session, input.passphrase);
  const folder = await currentFolder(session);
  if (!key) throw new AppError('backups.wrongKey');
  return restoreBackup(session, folder, input.name, key);
}

export async function backupExportKey(session: Session, input: ParsedInputOf<'backups.exportKey'>): Promise<KeyExport> {
  return exportKey(session.storeKey, input.passphrase);
}

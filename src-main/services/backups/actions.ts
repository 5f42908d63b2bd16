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
import { assertMayTry, failedAttempt, NO_ATTEMPTS, readUnlockAttempts, writeUnlockAttempts } from '../../store/backoff';

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

/**
 * A passphrase typed for the backups is a guess at the store's passphrase like any typed at the unlock screen: it
 * waits out, and counts towards, the same backoff (`store.tooManyAttempts`); `right` says whether it was right.
 */
async function guarded<T>(session: Session, passphrase: string | undefined, attempt: () => Promise<T>, right: (r: T) => boolean) {
  if (passphrase === undefined) return attempt();
  const now = session.now().getTime();
  const attempts = readUnlockAttempts(session.dataDir, now);
  assertMayTry(attempts, now, 'store.tooManyAttempts');
  let result: T;
  try {
    result = await attempt();
  } catch (error) {
    if (error instanceof AppError && error.code === 'backups.wrongKey') writeUnlockAttempts(session.dataDir, failedAttempt(attempts, now));
    throw error;
  }
  if (!right(result)) writeUnlockAttempts(session.dataDir, failedAttempt(attempts, now));
  else if (attempts.failures > 0) writeUnlockAttempts(session.dataDir, NO_ATTEMPTS);
  return result;
}

export async function backupList(session: Session, input: ParsedInputOf<'backups.list'>): Promise<BackupList> {
  const folder = await currentFolder(session);
  const key = keyFor(session, input.passphrase);
  return guarded(
    session,
    input.passphrase,
    async () => ({ folder, backups: listBackups(folder, key) }),
    // Right when it opens a backup, or when there is none to judge it by.
    (list) => list.backups.length === 0 || list.backups.some((b) => b.readable === 'ok'),
  );
}

export async function backupNow(session: Session): Promise<BackupInfo> {
  return makeBackup(session, await currentFolder(session), session.now());
}

export async function backupRestore(session: Session, input: ParsedInputOf<'backups.restore'>): Promise<RestoreResult> {
  const key = keyFor(session, input.passphrase);
  const folder = await currentFolder(session);
  if (!key) throw new AppError('backups.wrongKey');
  return guarded(
    session,
    input.passphrase,
    () => restoreBackup(session, folder, input.name, key),
    () => true,
  );
}

export async function backupExportKey(session: Session, input: ParsedInputOf<'backups.exportKey'>): Promise<KeyExport> {
  return exportKey(session.storeKey, input.passphrase);
}

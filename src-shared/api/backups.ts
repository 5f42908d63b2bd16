import { z } from 'zod';
import { channel } from './contract';
import type { SessionStatus } from './session';
import { newPassphraseField, passphraseField } from './session';

/** One backup in the backup folder. */
export interface BackupInfo {
  /** The file's name (`vaxtkraft-YYYYMMDD-HHmmss.db`): what restore names. */
  name: string;
  /** Its Swedish calendar date (YYYY-MM-DD). */
  date: string;
  sizeBytes: number;
  /** Companies in it; null when it was not opened (no key given, another passphrase, damaged). */
  companies: number | null;
  /** `ok`: opened with the key and checked; `wrongKey`: another passphrase opens it; `unchecked`: no key given. */
  readable: 'ok' | 'wrongKey' | 'damaged' | 'unchecked';
}

export interface BackupList {
  /** The backup folder (absolute path). */
  folder: string;
  /** Newest first. */
  backups: BackupInfo[];
}

export interface RestoreResult {
  status: SessionStatus;
  /** Where the store that was replaced went (null when there was none). */
  setAsideFolder: string | null;
}

/** Keychain mode: the store's key encrypted with the advisor's passphrase (an age file). */
export interface KeyExport {
  fileName: string;
  base64: string;
}

/** A backup's file name as the list gave it; nothing else (no path) is accepted. */
const backupName = z
  .string()
  .max(100, { error: 'tooLong' })
  .regex(/^vaxtkraft-\d{8}-\d{6}(-\d{1,3})?\.db$/, { error: 'invalid' });

/** The unlock and startup-error screens restore too: these channels work while the store is locked. */
const whileLocked = { whileLocked: true };

export const backupsApi = {
  /** The backups, with companies counted when the passphrase (or, unlocked or in keychain mode, the store's key) opens them. */
  'backups.list': channel<BackupList>(whileLocked)(z.strictObject({ passphrase: passphraseField.optional() })),
  /** A backup now (Settings). */
  'backups.now': channel<BackupInfo>()(z.strictObject({})),
  /**
   * Sets the current store aside and puts the backup in its place, opened with the passphrase given (or the
   * store's key). A wrong passphrase or a damaged backup is refused and nothing changes.
   */
  'backups.restore': channel<RestoreResult>(whileLocked)(z.strictObject({ name: backupName, passphrase: passphraseField.optional() })),
  /** Keychain mode only: the key, encrypted with a passphrase the advisor chooses. */
  'backups.exportKey': channel<KeyExport>()(
    z
      .strictObject({ passphrase: newPassphraseField, confirmation: passphraseField })
      .refine((v) => v.passphrase === v.confirmation, { error: 'passphraseMismatch', path: ['confirmation'] }),
  ),
};

import fs from 'node:fs';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { AppError } from '@shared/api/errors';
import { applyKey } from '../../store/open';
import type { StoreKey } from '../../store/open';

const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function sqliteCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** What a readable backup holds, for the list: the number of companies (archived included, deleted not). */
export interface BackupContents {
  companies: number;
}

/**
 * Opens a backup read-only with `key` and checks it as the store itself would be: not a plain SQLite file, the key
 * opens it, and `integrity_check` passes (left out with `integrity: false`, for the list: a restore checks in
 * full). Throws `backups.wrongKey` (another passphrase or key) or `backups.damaged`; never writes to the file.
 */
export function checkBackup(file: string, key: StoreKey, options: { integrity?: boolean } = {}): BackupContents {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new AppError('backups.notFound');
  }
  if (size < 512 || size % 512 !== 0) throw new AppError('backups.damaged');
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(PLAIN_SQLITE_HEADER)) throw new AppError('backups.damaged');
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    try {
      db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    } catch (e) {
      throw sqliteCode(e) === 'SQLITE_NOTADB' ? new AppError('backups.wrongKey') : new AppError('backups.damaged');
    }
    const damaged = options.integrity !== false && db.pragma('integrity_check', { simple: true }) !== 'ok';
    if (damaged) throw new AppError('backups.damaged');
    const row = db.prepare('SELECT count(*) AS n FROM companies').get() as { n: number };
    return { companies: row.n };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('backups.damaged');
  } finally {
    db.close();
  }
}

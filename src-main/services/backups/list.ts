import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/api/errors';
import type { BackupInfo } from '@shared/api/backups';
import type { StoreKey } from '../../store/open';
import { parseBackupName } from './files';
import { checkBackup } from './verify';

/**
 * The backups in `folder`, newest first, with the number of companies of each that `key` opens (no key: not read).
 * A missing folder is an empty list.
 */
export function listBackups(folder: string, key: StoreKey | null): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found = names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, ...parsed }] : [];
  });
  found.sort((a, b) => (a.stamp < b.stamp ? 1 : -1));
  return found.map(({ name, date }) => {
    const file = path.join(folder, name);
    const sizeBytes = fs.statSync(file).size;
    if (!key) return { name, date, sizeBytes, companies: null, readable: 'unchecked' };
    try {
      return { name, date, sizeBytes, companies: checkBackup(file, key).companies, readable: 'ok' };
    } catch (error) {
      const readable = error instanceof AppError && error.code === 'backups.wrongKey' ? 'wrongKey' : 'damaged';
      return { name, date, sizeBytes, companies: null, readable };
    }
  });
}

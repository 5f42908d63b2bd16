import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/api/errors';
import type { BackupInfo } from '@shared/api/backups';
import type { StoreKey } from '../../store/open';
import { parseBackupName } from './files';
import { checkBackup } from './verify';

/**
 * What a backup held, by file (path, size, time) and key: each backup costs a key derivation to open, so a list
 * shown again reads only the new ones. In memory only; the key is kept as a hash.
 */
const read = new Map<string, Pick<BackupInfo, 'companies' | 'readable'>>();
const MAX_REMEMBERED = 200;

function contentsOf(file: string, stat: fs.Stats, key: StoreKey): Pick<BackupInfo, 'companies' | 'readable'> {
  const keyHash = crypto.createHash('sha256').update(JSON.stringify(key)).digest('hex');
  const id = `${file}\n${stat.size}\n${stat.mtimeMs}\n${keyHash}`;
  const known = read.get(id);
  if (known) return known;
  let found: Pick<BackupInfo, 'companies' | 'readable'>;
  try {
    found = { companies: checkBackup(file, key, { integrity: false }).companies, readable: 'ok' };
  } catch (error) {
    found = { companies: null, readable: error instanceof AppError && error.code === 'backups.wrongKey' ? 'wrongKey' : 'damaged' };
  }
  if (read.size >= MAX_REMEMBERED) read.clear();
  read.set(id, found);
  return found;
}

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
    const stat = fs.statSync(file);
    if (!key) return { name, date, sizeBytes: stat.size, companies: null, readable: 'unchecked' };
    return { name, date, sizeBytes: stat.size, ...contentsOf(file, stat, key) };
  });
}

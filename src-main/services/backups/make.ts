import fs from 'node:fs';
import path from 'node:path';
import { swedishDate } from '@shared/clock';
import type { BackupInfo } from '@shared/api/backups';
import type { StoreKey } from '../../store/open';
import { newBackupName, parseBackupName, TEMP_SUFFIX } from './files';
import { backupsToDelete } from './rotation';
import { checkBackup } from './verify';

/** What a backup needs of the session: a consistent copy of the open store, and its key to check the copy. */
export interface BackupSource {
  readonly storeKey: StoreKey | null;
  copyTo(file: string): Promise<void>;
  copyToNow(file: string): void;
}

function prepare(folder: string, at: Date): { name: string; temp: string } {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = newBackupName(folder, at);
  return { name, temp: path.join(folder, name + TEMP_SUFFIX) };
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left behind: a `.partial` file is never listed nor restored.
  }
}

/** Checks the copy under its temporary name, then gives it its final name and rotates the folder. */
function finish(source: BackupSource, folder: string, name: string, temp: string, at: Date): BackupInfo {
  const key = source.storeKey;
  if (!key) throw new Error('no key to check the backup with');
  const { companies } = checkBackup(temp, key);
  try {
    fs.chmodSync(temp, 0o600);
  } catch {
    // A file system without modes (a USB stick's FAT): nothing to restrict.
  }
  const file = path.join(folder, name);
  fs.renameSync(temp, file);
  rotate(folder);
  return { name, date: swedishDate(at), sizeBytes: fs.statSync(file).size, companies, readable: 'ok' };
}

/** Removes the verified backups rotation does not keep (every final name was verified before it was given). */
export function rotate(folder: string): string[] {
  const entries = fs.readdirSync(folder).flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, ...parsed, verified: true }] : [];
  });
  const removed = backupsToDelete(entries);
  for (const name of removed) removeQuietly(path.join(folder, name));
  return removed;
}

/** A verified backup of the open store in `folder`, after the calls in flight. */
export async function makeBackup(source: BackupSource, folder: string, at: Date): Promise<BackupInfo> {
  const { name, temp } = prepare(folder, at);
  try {
    await source.copyTo(temp);
    return finish(source, folder, name, temp, at);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/** The same, synchronously: for the backup made as the store closes. */
export function makeBackupNow(source: BackupSource, folder: string, at: Date): BackupInfo {
  const { name, temp } = prepare(folder, at);
  try {
    source.copyToNow(temp);
    return finish(source, folder, name, temp, at);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

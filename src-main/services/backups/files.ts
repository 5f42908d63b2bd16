import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { swedishStamp } from '@shared/clock';

/** `vaxtkraft-YYYYMMDD-HHmmss.db`, `-2`, `-3` … for a second one in the same second (Swedish wall-clock time). */
const BACKUP_NAME = /^vaxtkraft-(\d{4})(\d{2})(\d{2})-(\d{6})(?:-(\d{1,3}))?\.db$/;
/** A backup being written: renamed to its final name only once verified. */
export const TEMP_SUFFIX = '.partial';

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/** The Swedish calendar date and a sortable stamp of a backup's name; null for any other file. */
export function parseBackupName(name: string): { date: string; stamp: string } | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, time, n] = m;
  return { date: `${y}-${mo}-${d}`, stamp: `${y}${mo}${d}-${time}-${(n ?? '1').padStart(3, '0')}` };
}

/** A name not used yet in `folder` for a backup made at `at`. */
export function newBackupName(folder: string, at: Date): string {
  const base = `vaxtkraft-${swedishStamp(at)}`;
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? `${base}.db` : `${base}-${n}.db`;
    if (!fs.existsSync(path.join(folder, name)) && !fs.existsSync(path.join(folder, name + TEMP_SUFFIX))) return name;
  }
  throw new Error('no free backup name');
}

/** The backup folder: the one chosen in Settings, else `backups/` in the data folder. */
export function backupFolderOf(dataDir: string, chosen: string | null): string {
  return chosen ?? path.join(dataDir, 'backups');
}

/**
 * Where the backups went, remembered beside the store (a path, never personal data): while the store is locked,
 * Settings cannot be read, and the unlock and startup-error screens must still find the backups.
 */
const rememberedPath = (dataDir: string) => path.join(dataDir, 'backups.json');
const remembered = z.object({ folder: z.string().min(1) });

export function rememberFolder(dataDir: string, folder: string): void {
  if (readRememberedFolder(dataDir) === folder) return;
  writeFileAtomic.sync(rememberedPath(dataDir), `${JSON.stringify({ folder }, null, 2)}\n`, { mode: 0o600 });
}

export function readRememberedFolder(dataDir: string): string | null {
  try {
    const parsed = remembered.safeParse(JSON.parse(fs.readFileSync(rememberedPath(dataDir), 'utf8')));
    return parsed.success ? parsed.data.folder : null;
  } catch {
    return null;
  }
}

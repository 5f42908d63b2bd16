import { swedishStamp } from '@shared/clock';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/api/errors';
import { dbPath, keyFilePath } from './paths';

/** The files that make up a store: the database, its WAL and shared-memory files, and (Electron) the key. */
export function storeFiles(dataDir: string): string[] {
  const db = dbPath(dataDir);
  return [db, `${db}-wal`, `${db}-shm`, keyFilePath(dataDir)];
}

/** `set-aside-YYYYMMDD-HHmmss` in Swedish time: the advisor recognises the moment they pressed the button. */
export function setAsideFolderName(at: Date): string {
  return `set-aside-${swedishStamp(at)}`;
}

/** A new, empty folder: a second press within the same second gets `-2`, `-3`, … rather than mixing stores. */
function makeFolder(dataDir: string, name: string): string {
  for (let n = 1; ; n++) {
    const folder = path.join(dataDir, n === 1 ? name : `${name}-${n}`);
    try {
      fs.mkdirSync(folder, { mode: 0o700 });
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
    }
  }
}

/**
 * Moves (never copies, never deletes) the store's files into `<dataDir>/set-aside-<stamp>/`, so the folder
 * looks like a first run afterwards. The caller makes sure the database is closed. If any move fails, the
 * files already moved are moved back and the error is thrown: the store is either fully set aside or untouched.
 */
export function setAsideStore(dataDir: string, at: Date): { folder: string; moved: string[] } {
  const present = storeFiles(dataDir).filter((file) => fs.existsSync(file));
  if (present.length === 0) throw new AppError('store.missing');
  const folder = makeFolder(dataDir, setAsideFolderName(at));
  const moved: Array<{ from: string; to: string }> = [];
  try {
    for (const from of present) {
      const to = path.join(folder, path.basename(from));
      fs.renameSync(from, to);
      moved.push({ from, to });
    }
  } catch (error) {
    for (const { from, to } of moved.reverse()) {
      try {
        fs.renameSync(to, from);
      } catch {
        // Nothing better to do: the file is still safe inside the set-aside folder.
      }
    }
    try {
      fs.rmdirSync(folder);
    } catch {
      // Not empty: a file could not be moved back and stays there, safe.
    }
    throw error;
  }
  return { folder, moved: moved.map((m) => path.basename(m.to)) };
}

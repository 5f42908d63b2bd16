import fs from 'node:fs';
import path from 'node:path';

/**
 * The data folder holds only the owner's files: the folder 0700, every file in it 0600 (the store, its journal,
 * the key file, the logs, the lock, the preferences). Each writer gives its files that mode; this makes the folder
 * and fixes the modes an older version left, so that nothing in it is readable by another account.
 */
export function secureDataDir(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  restrictTree(dataDir);
}

function restrictTree(dir: string): void {
  chmod(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictTree(file);
    else if (entry.isFile()) chmod(file, 0o600);
  }
}

function chmod(file: string, mode: number): void {
  try {
    fs.chmodSync(file, mode);
  } catch {
    // A file system without modes (FAT, some network shares), or a file removed meanwhile.
  }
}

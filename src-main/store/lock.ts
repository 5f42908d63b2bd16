import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/api/errors';
import { lockPath } from './paths';

export interface DataLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const pid = typeof parsed === 'object' && parsed !== null && 'pid' in parsed ? parsed.pid : null;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * One process per data folder. The lock file is created complete (written aside, then hard-linked into
 * place, which fails if it exists), so a lock whose pid cannot be read or whose process is gone is stale.
 */
export function acquireDataLock(dataDir: string): DataLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const temp = path.join(dataDir, `.vaxtkraft.lock.${process.pid}.${Date.now()}`);
  fs.writeFileSync(temp, JSON.stringify({ pid: process.pid }));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(temp, file);
        return makeLock(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const pid = readPid(file);
      if (pid !== null && isAlive(pid)) throw new AppError('store.inUse', { pid });
      fs.rmSync(file, { force: true });
    }
    throw new AppError('store.inUse', { pid: readPid(file) });
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function makeLock(file: string): DataLock {
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // Only remove our own lock: never one another process took over after ours was judged stale.
      if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

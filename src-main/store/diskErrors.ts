import { AppError } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';

/**
 * Disk failures in words the advisor can act on, never the raw `ENOSPC`/`EROFS`/`EACCES` text. Node's file calls
 * report them as errno codes, SQLite as its own result codes (extended ones start with the primary's name).
 */
function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';
}

const STARTUP: readonly (readonly [test: (code: string) => boolean, error: ErrorCode])[] = [
  [(c) => c === 'ENOSPC' || c === 'EDQUOT' || c.startsWith('SQLITE_FULL'), 'store.startDiskFull'],
  [(c) => c === 'EROFS' || c.startsWith('SQLITE_READONLY'), 'store.readOnly'],
  [(c) => c === 'EACCES' || c === 'EPERM' || c.startsWith('SQLITE_PERM') || c.startsWith('SQLITE_AUTH'), 'store.noPermission'],
];

/** A startup failure of the data folder as its translated AppError; anything else unchanged. */
export function diskStartupError(error: unknown, dataDir: string): unknown {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const found = STARTUP.find(([test]) => test(code));
  return found ? new AppError(found[1], { path: dataDir }) : error;
}

/** A write that failed at run time because the disk (or the file system's quota) is full. */
export function isDiskFull(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL');
}

import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { AppError } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';

/**
 * Wrong passphrases and handover codes cost time: after the n-th wrong attempt in a row the next one waits
 * 2^(n-1) seconds (1, 2, 4, 8 … capped). A 6-digit code then takes years to find by trying, while a typo costs
 * a second. The count survives a restart: the caller keeps it where a restart does not reset it.
 */
export const BACKOFF_CAP_SECONDS = 300;

export interface Attempts {
  /** Wrong attempts in a row. */
  failures: number;
  /** When the last one was made (ms since the epoch), or null. */
  lastFailureAt: number | null;
}

export const NO_ATTEMPTS: Attempts = { failures: 0, lastFailureAt: null };

/** Seconds to wait after `failures` wrong attempts in a row. */
export function backoffSeconds(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(2 ** Math.min(failures - 1, 30), BACKOFF_CAP_SECONDS);
}

/** Seconds still to wait before the next attempt may be judged; 0 when it may. */
export function secondsToWait(attempts: Attempts, now: number): number {
  if (attempts.failures <= 0 || attempts.lastFailureAt === null) return 0;
  const until = attempts.lastFailureAt + backoffSeconds(attempts.failures) * 1000;
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

/** Throws `code` with `{ seconds }` while the wait is not over. */
export function assertMayTry(attempts: Attempts, now: number, code: ErrorCode): void {
  const seconds = secondsToWait(attempts, now);
  if (seconds > 0) throw new AppError(code, { seconds });
}

export function failedAttempt(attempts: Attempts, now: number): Attempts {
  return { failures: attempts.failures + 1, lastFailureAt: now };
}

/**
 * The unlock attempts of a locked store: a locked store cannot be written, so they live in a small file beside it,
 * written atomically (never half a file) with the folder's 0600 mode. A damaged file counts as one wrong attempt
 * now rather than none, so deleting half of it buys nothing.
 */
export const unlockAttemptsPath = (dataDir: string): string => path.join(dataDir, 'unlock-attempts.json');

export function readUnlockAttempts(dataDir: string, now: number): Attempts {
  let text: string;
  try {
    text = fs.readFileSync(unlockAttemptsPath(dataDir), 'utf8');
  } catch {
    return NO_ATTEMPTS;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Attempts>;
    const failures = Number.isInteger(parsed.failures) && parsed.failures! >= 0 ? parsed.failures! : 1;
    const lastFailureAt = typeof parsed.lastFailureAt === 'number' && Number.isFinite(parsed.lastFailureAt) ? parsed.lastFailureAt : now;
    return { failures, lastFailureAt };
  } catch {
    return { failures: 1, lastFailureAt: now };
  }
}

export function writeUnlockAttempts(dataDir: string, attempts: Attempts): void {
  if (attempts.failures === 0) {
    fs.rmSync(unlockAttemptsPath(dataDir), { force: true });
    return;
  }
  writeFileAtomic.sync(unlockAttemptsPath(dataDir), `${JSON.stringify(attempts)}\n`, { mode: 0o600 });
}

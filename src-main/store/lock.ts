import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@shared/api/errors';
import { secureDataDir } from './files';
import { lockPath } from './paths';

export interface DataLock {
  release(): void;
}

/** The state letter of /proc/PID/stat (field 3, after the command name, which may hold spaces and parentheses). */
export function stateOf(stat: string): string | null {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] || null;
}

/**
 * A process that was killed but not yet reaped by its parent (a zombie, as after `kill -9` of the host and of tsx
 * at once, until init gets to it) still answers `kill(pid, 0)`, yet holds nothing: it counts as gone.
 */
function isZombie(pid: number): boolean {
  try {
    const state = stateOf(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * What tells a process apart from a later one that got the same pid (after a reboot, or once pids wrapped):
 * the boot (Linux's boot id, elsewhere the boot time in ms) and, where /proc has it, the process's start time in
 * clock ticks since boot.
 */
export interface ProcessIdentity {
  pid: number;
  boot: string;
  started: string | null;
}

function bootId(): string {
  try {
    return `id:${fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}`;
  } catch {
    return `time:${Math.round(Date.now() - os.uptime() * 1000)}`;
  }
}

/** The boot time computed from the uptime moves by a second or so between readings: within two minutes is the same boot. */
const BOOT_TIME_SLACK_MS = 120_000;

export function sameBoot(recorded: string, now: string): boolean {
  const time = (b: string) => (b.startsWith('time:') ? Number(b.slice(5)) : NaN);
  const [a, b] = [time(recorded), time(now)];
  if (Number.isFinite(a) && Number.isFinite(b)) return Math.abs(a - b) < BOOT_TIME_SLACK_MS;
  return recorded === now;
}

/** Field 22 of /proc/PID/stat (after the command name, which may hold spaces and parentheses). */
export function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

export function currentIdentity(pid: number = process.pid): ProcessIdentity {
  return { pid, boot: bootId(), started: processStart(pid) };
}

function readLock(file: string): ProcessIdentity | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ProcessIdentity>;
    const pid = parsed.pid;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return { pid, boot: text(parsed.boot) ?? '', started: text(parsed.started) };
  } catch {
    return null;
  }
}

function readPid(file: string): number | null {
  return readLock(file)?.pid ?? null;
}

/**
 * Whether the lock's process still runs: its pid is alive and, when the lock says which boot and start time it
 * had, they match. After a reboot the pid may belong to another program, which must not block the start.
 */
function isHeld(lock: ProcessIdentity): boolean {
  if (!isAlive(lock.pid)) return false;
  // A lock written by an older version says neither: judged by its pid alone.
  if (!lock.boot) return true;
  if (!sameBoot(lock.boot, bootId())) return false;
  const started = processStart(lock.pid);
  return lock.started === null || started === null || started === lock.started;
}

/**
 * One process per data folder. The lock file is created complete (written aside, then hard-linked into
 * place, which fails if it exists), so a lock that cannot be read, whose process is gone, or whose pid now
 * names another process (another boot, another start time) is stale.
 */
export function acquireDataLock(dataDir: string): DataLock {
  secureDataDir(dataDir);
  const file = lockPath(dataDir);
  const temp = path.join(dataDir, `.vaxtkraft.lock.${process.pid}.${Date.now()}`);
  fs.writeFileSync(temp, JSON.stringify(currentIdentity()), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(temp, file);
        return makeLock(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const held = readLock(file);
      if (held !== null && isHeld(held)) throw new AppError('store.inUse', { pid: held.pid });
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

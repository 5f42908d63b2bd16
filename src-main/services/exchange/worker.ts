import { Worker } from 'node:worker_threads';
import { AppError, isErrorCode } from '@shared/api/errors';
import type { AppErrorShape } from '@shared/api';
import type { DecryptKeys } from './crypto';
import type { ReadLimits, ReadResult } from './read';

/**
 * Reads exchange files (`readWorker.ts`) in one worker thread, started at the first import and kept (unref'd, so
 * it never holds the process open); if it dies, the calls under way fail as `internal` and the next one starts
 * another.
 * - Built (electron-vite): the worker is its own entry, `exchangeWorker.js`, beside main's bundle and its chunks.
 * - From sources (vitest, tsx): a small ES module registers tsx in the worker, then loads `readWorker.ts`.
 */
export interface ReadRequest {
  base64: string;
  /** A passphrase, or what opens the file (a passphrase and/or this office's age identity). */
  keys: string | DecryptKeys;
  limits: ReadLimits;
}

export type ReadReply = { ok: true; value: ReadResult } | { ok: false; error: AppErrorShape };

interface Pending {
  resolve(value: ReadResult): void;
  reject(error: unknown): void;
}

let current: { worker: Worker; pending: Map<number, Pending> } | null = null;
let nextId = 1;

function spawn(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return new Worker(new URL('./readWorker.bootstrap.mjs', here), { workerData: { entry: new URL('./readWorker.ts', here).href } });
  }
  return new Worker(new URL('./exchangeWorker.js', here));
}

function readWorker(): NonNullable<typeof current> {
  if (current) return current;
  const worker = spawn();
  worker.unref();
  const state = { worker, pending: new Map<number, Pending>() };
  const fail = (error: unknown) => {
    if (current === state) current = null;
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
  };
  worker.on('message', ({ id, reply }: { id: number; reply: ReadReply }) => {
    const p = state.pending.get(id);
    if (!p) return;
    state.pending.delete(id);
    if (state.pending.size === 0) worker.unref();
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new AppError(isErrorCode(reply.error.code) ? reply.error.code : 'internal', reply.error.params ?? {}));
  });
  // The worker itself failed (out of memory, a missing file): the calls under way fail as they would in this thread.
  worker.on('error', fail);
  worker.on('exit', () => fail(new AppError('internal')));
  current = state;
  return state;
}

export function runReadWorker(request: ReadRequest): Promise<ReadResult> {
  const { worker, pending } = readWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Held open while a call is under way, so that a host shutting down still gets its answer.
    worker.ref();
    worker.postMessage({ id, request });
  });
}

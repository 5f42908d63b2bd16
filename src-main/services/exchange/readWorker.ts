import { parentPort } from 'node:worker_threads';
import { AppError } from '@shared/api/errors';
import { readExchangeFileHere } from './read';
import type { ReadReply, ReadRequest } from './worker';

/** The worker thread's body (see worker.ts): each request gets one reply under its id; AppErrors travel as their shape. */
parentPort?.on('message', ({ id, request }: { id: number; request: ReadRequest }) => {
  readExchangeFileHere(request.base64, request.keys, request.limits).then(
    (value) => parentPort?.postMessage({ id, reply: { ok: true, value } satisfies ReadReply }),
    (error: unknown) => {
      const shape = error instanceof AppError ? error.toShape() : { code: 'internal' as const };
      parentPort?.postMessage({ id, reply: { ok: false, error: shape } satisfies ReadReply });
    },
  );
});

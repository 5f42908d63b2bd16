import type { IpcMain } from 'electron';
import { failure, payloadLimitFor } from '@shared/api';
import type { Result } from '@shared/api';
import type { Router } from '../ipc/router';
import type { Logger } from '../log';
import { nullLogger } from '../log';
import { isTrustedUrl } from './security';

/** The one IPC channel the preload uses; every API channel travels inside it as the first argument. */
export const INVOKE_CHANNEL = 'vaxtkraft:invoke';

/** What the handler reads from Electron's IpcMainInvokeEvent (kept narrow so tests can pass a plain object). */
export interface InvokeEvent {
  senderFrame?: { url: string } | null;
}

export interface InvokeOptions {
  logger?: Logger;
  /** Sees every result after the router, e.g. to rebuild the menu when `session.*` changes the language. */
  onResult?: (channel: string, result: Result<unknown>) => void;
}

/** UTF-8 size of the payload as JSON, or null when it has no JSON form (a cycle, a BigInt). */
export function payloadBytes(input: unknown): number | null {
  try {
    const json = JSON.stringify(input);
    return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Order matters: the sender is checked before anything else is looked at, and size before the router parses,
 * so a foreign frame or a huge payload never reaches a service.
 */
export function createInvokeHandler(router: Router, options: InvokeOptions = {}) {
  const logger = options.logger ?? nullLogger;
  return async (event: InvokeEvent, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedUrl(event.senderFrame?.url)) {
      logger.warn('ipc.untrustedSender');
      return failure('untrustedSender');
    }
    const size = payloadBytes(input);
    if (size === null) return failure('validation', { issues: [] });
    const limit = payloadLimitFor(channel);
    if (size > limit) {
      logger.warn('ipc.payloadTooLarge', { bytes: size });
      return failure('payloadTooLarge', { limit });
    }
    if (typeof channel !== 'string') return failure('unknownChannel');
    const result = await router.handle(channel, input);
    try {
      options.onResult?.(channel, result);
    } catch (error) {
      logger.error('ipc.onResultFailed', { errorClass: error instanceof Error ? error.constructor.name : typeof error });
    }
    return result;
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, router: Router, options: InvokeOptions = {}): void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(router, options));
}

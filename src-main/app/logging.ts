import path from 'node:path';
import log from 'electron-log/main';
import { AppError } from '@shared/api/errors';
import type { LogFields, Logger } from '../log';

const MAX_FIELD_LENGTH = 120;

export function logFilePath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'main.log');
}

/** Fields are meant to be codes and counts; a long string is cut so that a slip cannot dump a payload. */
export function formatEntry(event: string, fields: LogFields = {}): string {
  const safe: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    safe[key] = typeof value === 'string' ? value.slice(0, MAX_FIELD_LENGTH) : value;
  }
  return Object.keys(safe).length > 0 ? `${event} ${JSON.stringify(safe)}` : event;
}

/**
 * electron-log behind the project's Logger interface. It writes only to <dataDir>/logs/main.log (and to the
 * console while developing); electron-log's own error catcher stays off because it logs messages and stacks,
 * which may quote what the user typed.
 */
export function createElectronLogger(dataDir: string, options: { console: boolean }): Logger {
  log.transports.file.resolvePathFn = () => logFilePath(dataDir);
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.level = options.console ? 'info' : false;
  return {
    info: (event, fields) => log.info(formatEntry(event, fields)),
    warn: (event, fields) => log.warn(formatEntry(event, fields)),
    error: (event, fields) => log.error(formatEntry(event, fields)),
  };
}

/** The class and, if there is one, the code: never the message, which may quote user data. */
export function describeError(error: unknown): LogFields {
  if (error instanceof AppError) return { errorClass: 'AppError', code: error.code };
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return typeof code === 'string' && /^[A-Z0-9_.]{1,40}$/i.test(code)
      ? { errorClass: error.constructor.name, code }
      : { errorClass: error.constructor.name };
  }
  return { errorClass: typeof error };
}

/**
 * electron-log listens on `__ELECTRON_LOG__` for renderer logging as soon as it is imported. The renderer here
 * cannot reach ipcRenderer anyway; closing the channel keeps `vaxtkraft:invoke` the only IPC surface.
 */
export function closeRendererLogChannel(ipc: { removeAllListeners(channel: string): unknown; removeHandler(channel: string): void }): void {
  ipc.removeAllListeners('__ELECTRON_LOG__');
  ipc.removeHandler('__ELECTRON_LOG__');
}

type ProcessLike = Pick<NodeJS.Process, 'on'>;

export function logUncaughtErrors(logger: Logger, target: ProcessLike = process): void {
  target.on('uncaughtException', (error: unknown) => logger.error('uncaughtException', describeError(error)));
  target.on('unhandledRejection', (reason: unknown) => logger.error('unhandledRejection', describeError(reason)));
}

import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@shared/api/errors';

/**
 * The one logger of both hosts (the Electron shell and the browser host): JSON lines in `<dataDir>/logs/`.
 * Only event names, channel names, error codes, counts and durations go into fields: never payloads,
 * names or anything typed by the user, because log files are not encrypted.
 */
export type LogFields = Record<string, string | number | boolean>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const nullLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Fields are meant to be codes and counts; a long string is cut so that a slip cannot dump a payload. */
export const MAX_FIELD_LENGTH = 120;

function safeFields(fields: LogFields): LogFields {
  const safe: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    safe[key] = typeof value === 'string' ? value.slice(0, MAX_FIELD_LENGTH) : value;
  }
  return safe;
}

/** A logger that remembers its entries (cut like the file's), for tests that check what is (and is not) logged. */
export function memoryLogger(): Logger & { entries: Array<{ level: string; event: string; fields: LogFields }> } {
  const entries: Array<{ level: string; event: string; fields: LogFields }> = [];
  const at =
    (level: string) =>
    (event: string, fields: LogFields = {}) => {
      entries.push({ level, event, fields: safeFields(fields) });
    };
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

export const MAX_LOG_BYTES = 1024 * 1024;

export interface FileLoggerOptions {
  maxBytes?: number;
  now?: () => Date;
  /** Also write each line to stderr (an unpackaged Electron run, to watch the log while developing). */
  echo?: boolean;
}

/**
 * JSON lines appended synchronously (the hosts log rarely; sync writes keep the order and survive a crash).
 * At about `maxBytes` the file becomes `<file>.old`, replacing an older one. A failing disk never
 * breaks a request: write errors are swallowed.
 */
export function fileLogger(file: string, options: FileLoggerOptions = {}): Logger {
  const maxBytes = options.maxBytes ?? MAX_LOG_BYTES;
  const now = options.now ?? (() => new Date());
  let size = -1;

  const write = (level: string, event: string, fields: LogFields = {}) => {
    const line = `${JSON.stringify({ ...safeFields(fields), time: now().toISOString(), level, event })}\n`;
    if (options.echo) process.stderr.write(line);
    try {
      if (size < 0) {
        fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      }
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) {
        fs.renameSync(file, `${file}.old`);
        size = 0;
      }
      fs.appendFileSync(file, line, { mode: 0o600 });
      size += Buffer.byteLength(line);
    } catch {
      size = -1;
    }
  };

  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/** The Electron app's log. */
export function mainLogFile(dataDir: string): string {
  return path.join(dataDir, 'logs', 'main.log');
}

/** The browser host's log (`npm run serve`, end-to-end tests). */
export function hostLogFile(dataDir: string): string {
  return path.join(dataDir, 'logs', 'host.log');
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

type ProcessLike = Pick<NodeJS.Process, 'on'>;

/**
 * Uncaught errors by class and code. `handle` (the Electron shell) takes them over, so Electron's error dialog,
 * whose stack may quote user data, never shows; `observe` (the browser host) only watches, and Node still ends
 * the process as it would without a logger.
 */
export function logUncaughtErrors(logger: Logger, target: ProcessLike = process, mode: 'handle' | 'observe' = 'handle'): void {
  if (mode === 'observe') {
    target.on('uncaughtExceptionMonitor', (error: unknown, origin: string) =>
      logger.error(origin === 'unhandledRejection' ? 'unhandledRejection' : 'uncaughtException', describeError(error)),
    );
    return;
  }
  target.on('uncaughtException', (error: unknown) => logger.error('uncaughtException', describeError(error)));
  target.on('unhandledRejection', (reason: unknown) => logger.error('unhandledRejection', describeError(reason)));
}

import fs from 'node:fs';
import path from 'node:path';

/**
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

/** A logger that remembers its entries, for tests that check what is (and is not) logged. */
export function memoryLogger(): Logger & { entries: Array<{ level: string; event: string; fields: LogFields }> } {
  const entries: Array<{ level: string; event: string; fields: LogFields }> = [];
  const at = (level: string) => (event: string, fields: LogFields = {}) => {
    entries.push({ level, event, fields });
  };
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

export const MAX_LOG_BYTES = 1024 * 1024;

export interface FileLoggerOptions {
  maxBytes?: number;
  now?: () => Date;
}

/**
 * JSON lines appended synchronously (a host logs rarely; sync writes keep the order and survive a crash).
 * At about `maxBytes` the file becomes `<file>.old`, replacing an older one. A failing disk never
 * breaks a request: write errors are swallowed.
 */
export function fileLogger(file: string, options: FileLoggerOptions = {}): Logger {
  const maxBytes = options.maxBytes ?? MAX_LOG_BYTES;
  const now = options.now ?? (() => new Date());
  let size = -1;

  const write = (level: string, event: string, fields: LogFields = {}) => {
    try {
      if (size < 0) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      }
      const line = `${JSON.stringify({ ...fields, time: now().toISOString(), level, event })}\n`;
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

export function hostLogFile(dataDir: string): string {
  return path.join(dataDir, 'logs', 'host.log');
}

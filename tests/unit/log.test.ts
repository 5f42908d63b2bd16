import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/api/errors';
import { describeError, fileLogger, hostLogFile, logUncaughtErrors, mainLogFile, MAX_FIELD_LENGTH, memoryLogger } from '../../src-main/log';
import type { Logger } from '../../src-main/log';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-log-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const readLines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('one logger for both hosts', () => {
  it('writes JSON lines to <dataDir>/logs: main.log for Electron, host.log for the browser host', () => {
    expect(mainLogFile('/data/Växtkraft')).toMatch(/[\\/]data[\\/]Växtkraft[\\/]logs[\\/]main\.log$/);
    expect(hostLogFile('/data/Växtkraft')).toMatch(/[\\/]data[\\/]Växtkraft[\\/]logs[\\/]host\.log$/);
    const file = mainLogFile(dir);
    const logger = fileLogger(file, { now: () => new Date('2026-03-31T23:30:00Z') });
    logger.warn('ipc.slow', { channel: 'companies.list', ms: 1200 });
    logger.info('session.locked');
    expect(readLines(file)).toEqual([
      { channel: 'companies.list', ms: 1200, time: '2026-03-31T23:30:00.000Z', level: 'warn', event: 'ipc.slow' },
      { time: '2026-03-31T23:30:00.000Z', level: 'info', event: 'session.locked' },
    ]);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('cuts long field values so a slip cannot dump a payload, in the file and in memory alike', () => {
    const file = hostLogFile(dir);
    const payload = `Anna Andersson ${'x'.repeat(5000)}`;
    fileLogger(file).error('ipc.internal', { channel: payload, ms: 3 });
    const [entry] = readLines(file);
    expect(entry!['channel']).toBe(payload.slice(0, MAX_FIELD_LENGTH));
    expect(fs.readFileSync(file, 'utf8').length).toBeLessThan(MAX_FIELD_LENGTH + 100);
    const memory = memoryLogger();
    memory.error('ipc.internal', { channel: payload });
    expect(memory.entries[0]!.fields['channel']).toBe(payload.slice(0, MAX_FIELD_LENGTH));
  });

  it('fields cannot replace the time, level or event', () => {
    const file = hostLogFile(dir);
    fileLogger(file).info('host.start', { event: 'forged', level: 'error', time: 'never' });
    expect(readLines(file)[0]).toMatchObject({ event: 'host.start', level: 'info' });
    expect(readLines(file)[0]!['time']).not.toBe('never');
  });

  it('echoes to stderr only when asked (an unpackaged Electron run)', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    fileLogger(hostLogFile(dir)).info('quiet');
    expect(stderr).not.toHaveBeenCalled();
    fileLogger(mainLogFile(dir), { echo: true }).info('app.start', { packaged: false });
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(stderr.mock.calls[0]![0]))).toMatchObject({ event: 'app.start', packaged: false });
  });

  it('a log that cannot be written never breaks the caller', () => {
    const blocked = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocked, '');
    expect(() => fileLogger(path.join(blocked, 'logs', 'main.log')).error('x')).not.toThrow();
  });
});

describe('errors in the log', () => {
  it('describes errors by class and code only, never the message', () => {
    const secret = 'Anna Andersson 19800101-1234';
    expect(describeError(new AppError('store.corrupt', { name: secret }))).toEqual({ errorClass: 'AppError', code: 'store.corrupt' });
    const fsError = Object.assign(new Error(`ENOENT: ${secret}`), { code: 'ENOENT' });
    expect(describeError(fsError)).toEqual({ errorClass: 'Error', code: 'ENOENT' });
    expect(describeError(Object.assign(new Error('x'), { code: secret }))).toEqual({ errorClass: 'Error' });
    expect(describeError(new TypeError(secret))).toEqual({ errorClass: 'TypeError' });
    expect(JSON.stringify(describeError(new RangeError(secret)))).not.toContain('Anna');
    expect(describeError('a string')).toEqual({ errorClass: 'string' });
  });

  function fakeProcess() {
    const handlers: Record<string, (error: unknown, origin?: string) => void> = {};
    const target = { on: (event: string, handler: (error: unknown) => void) => ((handlers[event] = handler), target) };
    return { handlers, target: target as never };
  }

  function recording(): Logger & { entries: Array<[string, unknown]> } {
    const entries: Array<[string, unknown]> = [];
    return { entries, info: vi.fn(), warn: vi.fn(), error: (event, fields) => void entries.push([event, fields]) };
  }

  it('Electron: takes over uncaught exceptions and rejections, logged without their messages', () => {
    const { handlers, target } = fakeProcess();
    const logger = recording();
    logUncaughtErrors(logger, target);
    expect(Object.keys(handlers).sort()).toEqual(['uncaughtException', 'unhandledRejection']);
    handlers['uncaughtException']!(new TypeError('Kalle Karlsson'));
    handlers['unhandledRejection']!(new AppError('internal'));
    expect(logger.entries).toEqual([
      ['uncaughtException', { errorClass: 'TypeError' }],
      ['unhandledRejection', { errorClass: 'AppError', code: 'internal' }],
    ]);
  });

  it('browser host: only observes, so Node still ends the process', () => {
    const { handlers, target } = fakeProcess();
    const logger = recording();
    logUncaughtErrors(logger, target, 'observe');
    expect(Object.keys(handlers)).toEqual(['uncaughtExceptionMonitor']);
    handlers['uncaughtExceptionMonitor']!(new TypeError('Kalle Karlsson'), 'uncaughtException');
    handlers['uncaughtExceptionMonitor']!(new RangeError('Kalle Karlsson'), 'unhandledRejection');
    expect(logger.entries).toEqual([
      ['uncaughtException', { errorClass: 'TypeError' }],
      ['unhandledRejection', { errorClass: 'RangeError' }],
    ]);
  });
});

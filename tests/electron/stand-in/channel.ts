import { Rpc } from '../rpc';
import type { Message, Port } from '../rpc';

/**
 * The child's end of the line to the test. Only a forked process has one: the stand-in never runs elsewhere.
 */
function processPort(): Port {
  if (!process.send) throw new Error('the electron stand-in runs only in a process forked by tests/electron/harness.ts');
  return {
    send: (message: Message) => process.send?.(message),
    on: (event, listener) => process.on(event, listener as (message: unknown) => void),
  };
}

export const rpc = new Rpc(processPort());

/** Everything the app does to the platform is reported to the test as one ordered list of records. */
export function record(kind: string, detail: Record<string, unknown> = {}): void {
  rpc.notify('record', { kind, detail });
}

/** Electron's Event: `preventDefault()` and, for navigation events, the URL. */
export interface StandInEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  url?: string;
}

export function standInEvent(fields: { url?: string } = {}): StandInEvent {
  const event: StandInEvent = {
    ...fields,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Options as plain data (what the test can receive): functions and other non-JSON parts are dropped. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null)) as T;
}

export const env = {
  /** Where this fake "machine" keeps its keychain secret and the single-instance lock (per user, like Electron's). */
  home: process.env['STANDIN_HOME'] ?? '',
  appPath: process.env['STANDIN_APP_PATH'] ?? process.cwd(),
  packaged: process.env['STANDIN_PACKAGED'] === '1',
  locale: process.env['STANDIN_LOCALE'] ?? 'en-GB',
  safeStorage: (process.env['STANDIN_SAFE_STORAGE'] ?? 'keychain') as 'keychain' | 'basic_text' | 'unavailable',
};

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { env, plain, record, rpc, standInEvent } from './channel';

/**
 * safeStorage with a fake OS keychain: in `keychain` mode the secret is a file of this fake user's (it survives a
 * restart, as a keyring does); `basic_text` is Linux without a keyring, encryption that only obfuscates.
 */
function keychainSecret(): Buffer {
  if (env.safeStorage === 'basic_text') return createHash('sha256').update('peanuts').digest();
  const file = path.join(env.home, 'keychain.secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32), { mode: 0o600 });
  return fs.readFileSync(file);
}

export const safeStorage = {
  isEncryptionAvailable: (): boolean => env.safeStorage !== 'unavailable',
  getSelectedStorageBackend: (): string =>
    env.safeStorage === 'keychain' ? 'gnome_libsecret' : env.safeStorage === 'basic_text' ? 'basic_text' : 'unknown',
  encryptString(plainText: string): Buffer {
    if (env.safeStorage === 'unavailable') throw new Error('Encryption is not available.');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keychainSecret(), iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
  },
  decryptString(encrypted: Buffer): string {
    if (encrypted.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext provided to safeStorage.');
    const decipher = createDecipheriv('aes-256-gcm', keychainSecret(), encrypted.subarray(3, 15));
    decipher.setAuthTag(encrypted.subarray(15, 31));
    return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
  },
};

/** Dialogs are answered by the test's script; an error box is only recorded. */
function dialogCall(kind: string, args: unknown[]): Promise<unknown> {
  const options = args.find((a) => a !== null && typeof a === 'object' && !('webContents' in a)) ?? {};
  return rpc.call('dialog', { kind, options: plain(options), parented: args.length > 1 });
}

export const dialog = {
  showSaveDialog: (...args: unknown[]) => dialogCall('showSaveDialog', args),
  showOpenDialog: (...args: unknown[]) => dialogCall('showOpenDialog', args),
  showMessageBox: (...args: unknown[]) => dialogCall('showMessageBox', args),
  showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', { title, content }),
};

export const shell = {
  openExternal: async (url: string): Promise<void> => record('shell.openExternal', { url }),
  openPath: async (file: string): Promise<string> => {
    record('shell.openPath', { path: file });
    return '';
  },
  showItemInFolder: (file: string): void => record('shell.showItemInFolder', { path: file }),
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();
export const privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[] = [];

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    privilegedSchemes.push(...schemes);
    record('protocol.registerSchemesAsPrivileged', { schemes: plain(schemes) });
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    protocolHandlers.set(scheme, handler);
    record('protocol.handle', { scheme });
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled: (scheme: string): boolean => protocolHandlers.has(scheme),
};

/** A request from the page for a registered scheme, answered by the app's own handler. */
export async function serveProtocol(input: { url: string; method: string; headers: Record<string, string> }) {
  const scheme = new URL(input.url).protocol.slice(0, -1);
  const handler = protocolHandlers.get(scheme);
  if (!handler) throw new Error(`no protocol.handle for ${scheme}:`);
  const response = await handler(new Request(input.url, { method: input.method, headers: input.headers }));
  if (!(response instanceof Response)) throw new Error(`the ${scheme}: handler did not return a Response`);
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
const permissions: { request: PermissionRequestHandler | null; check: PermissionCheckHandler | null } = { request: null, check: null };

class StandInSession extends EventEmitter {
  readonly webRequest = {
    onHeadersReceived: (filter: unknown) => record('session.webRequest.onHeadersReceived', { filter: plain(filter) }),
  };
  private preloads: string[] = [];

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    permissions.request = handler;
    record('session.setPermissionRequestHandler', {});
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    permissions.check = handler;
    record('session.setPermissionCheckHandler', {});
  }

  getPreloads(): string[] {
    return this.preloads;
  }

  setPreloads(preloads: string[]): void {
    this.preloads = preloads;
    record('session.setPreloads', { preloads });
  }

  registerPreloadScript(script: unknown): void {
    record('session.registerPreloadScript', { script: plain(script) });
  }
}

export const session = { defaultSession: new StandInSession() };

/** A download the page started, put to the session's will-download listeners as Electron's DownloadItem. */
export function willDownload(input: { url: string; filename: string; contents: unknown }) {
  const decision = { savePath: null as string | null, saveDialogOptions: {} as Record<string, unknown> };
  const item = {
    getURL: () => input.url,
    getFilename: () => input.filename,
    setSavePath: (path: string) => (decision.savePath = path),
    getSavePath: () => decision.savePath ?? '',
    setSaveDialogOptions: (options: Record<string, unknown>) => (decision.saveDialogOptions = plain(options)),
    getSaveDialogOptions: () => decision.saveDialogOptions,
  };
  const event = standInEvent();
  session.defaultSession.emit('will-download', event, item, input.contents);
  return { prevented: event.defaultPrevented, ...decision };
}

/** What the app's permission handlers answer for a page of the given origin (no handler: Electron grants). */
export function askPermission(permission: string, origin: string): Promise<{ check: boolean; request: boolean }> {
  const check = permissions.check ? permissions.check(null, permission, origin) : true;
  return new Promise((resolve) => {
    if (!permissions.request) return resolve({ check, request: true });
    permissions.request(null, permission, (granted) => resolve({ check, request: granted }));
  });
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
const invokeHandlers = new Map<string, InvokeHandler>();

class IpcMain extends EventEmitter {
  handle(channel: string, handler: InvokeHandler): void {
    if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    invokeHandlers.set(channel, handler);
    record('ipcMain.handle', { channel });
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      invokeHandlers.delete(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    invokeHandlers.delete(channel);
  }
}

export const ipcMain = new IpcMain();

/** ipcRenderer.invoke from a page: the handler gets an event naming the sending frame, as in Electron. */
export async function invokeMain(input: { sender: unknown; frameUrl: string; channel: string; args: unknown[] }) {
  const handler = invokeHandlers.get(input.channel);
  if (!handler) throw new Error(`No handler registered for '${input.channel}'`);
  const event = { sender: input.sender, senderFrame: { url: input.frameUrl }, processId: 1, frameId: 1, type: 'frame' };
  return handler(event, ...input.args);
}

class PowerMonitor extends EventEmitter {
  constructor() {
    super();
    this.on('newListener', (event: string) => record('powerMonitor.on', { event }));
  }
}

export const powerMonitor = new PowerMonitor();

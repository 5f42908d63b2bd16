import { EventEmitter } from 'node:events';
import { plain, record, rpc, standInEvent } from './channel';

export interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}
type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

const windows = new Map<number, BrowserWindow>();
let nextId = 1;
let focusedId: number | null = null;
const hooks = {
  created: (_contents: WebContents): void => undefined,
  allClosed: (): void => undefined,
};

/** The app module is told when a webContents is born (`web-contents-created`) and when the last window has gone. */
export function onWindowLifecycle(created: (contents: WebContents) => void, allClosed: () => void): void {
  hooks.created = created;
  hooks.allClosed = allClosed;
}

/** A page in the test's Chromium: every call is forwarded there, events come back from it. */
export class WebContents extends EventEmitter {
  readonly id: number;
  url = '';
  windowOpenHandler: WindowOpenHandler | null = null;

  constructor(readonly window: BrowserWindow) {
    super();
    this.id = window.id;
  }

  loadURL(url: string): Promise<void> {
    return this.window.loadURL(url);
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.window.isDestroyed();
  }

  isCrashed(): boolean {
    return false;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  executeJavaScript(code: string): Promise<unknown> {
    return rpc.call('window.evaluate', { id: this.id, code });
  }

  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    return Buffer.from(await rpc.call<Uint8Array>('window.pdf', { id: this.id, options: plain(options) }));
  }

  reload(): void {
    record('webContents.reload', { id: this.id });
    void rpc.call('window.reload', { id: this.id }).then(() => this.emit('did-finish-load'));
  }

  send(channel: string): void {
    record('webContents.send', { id: this.id, channel });
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return [...windows.values()];
  }

  static getFocusedWindow(): BrowserWindow | null {
    return focusedId === null ? null : (windows.get(focusedId) ?? null);
  }

  static fromId(id: number): BrowserWindow | null {
    return windows.get(id) ?? null;
  }

  readonly id = nextId++;
  readonly webContents: WebContents;
  private destroyed = false;
  private visible: boolean;
  private minimized = false;
  private shown = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    windows.set(this.id, this);
    this.visible = options['show'] !== false;
    this.webContents = new WebContents(this);
    rpc.notify('window.create', { id: this.id, options: plain(options) });
    hooks.created(this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    await rpc.call('window.load', { id: this.id, url });
    this.webContents.emit('did-finish-load');
    if (!this.shown) {
      this.shown = true;
      this.emit('ready-to-show');
    }
  }

  private state(action: string): void {
    record(`window.${action}`, { id: this.id });
  }

  show(): void {
    this.visible = true;
    focusedId = this.id;
    this.state('show');
  }

  hide(): void {
    this.visible = false;
    this.state('hide');
  }

  focus(): void {
    focusedId = this.id;
    this.state('focus');
  }

  restore(): void {
    this.minimized = false;
    this.state('restore');
  }

  minimize(): void {
    this.minimized = true;
    this.state('minimize');
  }

  isVisible(): boolean {
    return this.visible;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** As a click on the window's close button: `close` may be prevented, then the window is destroyed. */
  close(): void {
    if (this.destroyed) return;
    const event = standInEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    windows.delete(this.id);
    if (focusedId === this.id) focusedId = null;
    rpc.notify('window.close', { id: this.id });
    this.webContents.emit('destroyed');
    this.emit('closed');
    if (windows.size === 0) hooks.allClosed();
  }
}

export const webContents = {
  getAllWebContents: (): WebContents[] => BrowserWindow.getAllWindows().map((w) => w.webContents),
  fromId: (id: number): WebContents | undefined => BrowserWindow.fromId(id)?.webContents,
};

/** Electron's will-navigate, asked by the test before Chromium follows a navigation the page started. */
export function willNavigate(id: number, url: string): { prevented: boolean } {
  const contents = BrowserWindow.fromId(id)?.webContents;
  if (!contents) return { prevented: true };
  const event = standInEvent({ url });
  contents.emit('will-navigate', event, url);
  return { prevented: event.defaultPrevented };
}

/** window.open and target=_blank: the window-open handler decides, as in Electron (no handler: allowed). */
export function windowOpen(id: number, details: WindowOpenDetails): { action: 'allow' | 'deny' } {
  const contents = BrowserWindow.fromId(id)?.webContents;
  if (!contents) return { action: 'deny' };
  return contents.windowOpenHandler ? contents.windowOpenHandler(details) : { action: 'allow' };
}

import { app } from './app';
import { rpc } from './channel';
import { clickMenuItem, Menu, MenuItem } from './menu';
import {
  askPermission,
  dialog,
  invokeMain,
  ipcMain,
  powerMonitor,
  protocol,
  safeStorage,
  serveProtocol,
  session,
  shell,
  willDownload,
} from './services';
import { BrowserWindow, webContents, willNavigate, windowOpen } from './windows';
import type { WindowOpenDetails } from './windows';

/**
 * The stand-in for the `electron` module in the main process: what the built main bundle imports, backed by the
 * test's Chromium (see tests/electron/harness.ts). Renderer-side modules (contextBridge, ipcRenderer) live in
 * the page; here they are absent, as they are in Electron's main process.
 */
export const electron = {
  app,
  BrowserWindow,
  Menu,
  MenuItem,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
  webContents,
};

// What the test asks of the app: a page's request, IPC, navigation and window.open, menu clicks, OS events.
rpc.handle('protocol.request', serveProtocol);
rpc.handle<{ windowId: number; frameUrl: string; channel: string; args: unknown[] }>('ipc.invoke', (input) =>
  invokeMain({ ...input, sender: BrowserWindow.fromId(input.windowId)?.webContents ?? null }),
);
rpc.handle<{ windowId: number; url: string }>('webContents.willNavigate', (input) => willNavigate(input.windowId, input.url));
rpc.handle<{ windowId: number; details: WindowOpenDetails }>('webContents.windowOpen', (input) =>
  windowOpen(input.windowId, input.details),
);
rpc.handle<{ windowId: number; url: string }>('webContents.navigated', (input) => {
  const contents = BrowserWindow.fromId(input.windowId)?.webContents;
  if (contents) contents.url = input.url;
});
rpc.handle<{ id?: string; role?: string }>('menu.click', clickMenuItem);
rpc.handle<{ id: number }>('window.userClose', (input) => BrowserWindow.fromId(input.id)?.close());
rpc.handle<{ argv: string[]; cwd: string }>('app.secondInstance', (input) => {
  app.emit('second-instance', { preventDefault: () => undefined }, input.argv, input.cwd, {});
});
rpc.handle('app.quit', () => app.quit());
rpc.handle<{ event: string }>('powerMonitor.emit', (input) => powerMonitor.emit(input.event));
rpc.handle<{ windowId: number; url: string; filename: string }>('session.willDownload', (input) =>
  willDownload({ ...input, contents: BrowserWindow.fromId(input.windowId)?.webContents ?? null }),
);
rpc.handle<{ permission: string; origin: string }>('session.permission', (input) => askPermission(input.permission, input.origin));

export function emitReady(): void {
  app.emitReady();
}

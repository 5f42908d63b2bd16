import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';

/** Sized for a 1366×768 laptop, never smaller than the layout can take. */
export function windowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Växtkraft',
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/** Shown only once the first paint is ready, so the user never sees an empty white frame. */
export function createMainWindow(preloadPath: string, startUrl: string, iconPath?: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}

/**
 * While the laptop is handed over for a self-assessment, closing the window (or quitting, which closes it) is
 * refused: the mode ends only with the handover code or the advisor's passphrase, given on the screen. Even a
 * forced quit finds the mode on again at the next start (it is kept in the store).
 */
export function guardClose(window: BrowserWindow, handedOver: () => boolean, onRefused: () => void): void {
  window.on('close', (event) => {
    if (!handedOver()) return;
    event.preventDefault();
    onRefused();
  });
}

/** The second instance's request lands here: bring the existing window forward. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

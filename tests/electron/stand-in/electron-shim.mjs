// `import … from 'electron'` in the main bundle: the stand-in that boot.mjs loaded, under Electron's export names.
const electron = globalThis.__vaxtkraftElectronStandIn;
if (!electron) throw new Error('the electron stand-in is not loaded (run through tests/electron/stand-in/boot.mjs)');

export const { app, BrowserWindow, Menu, MenuItem, dialog, ipcMain, powerMonitor, protocol, safeStorage, session, shell, webContents } =
  electron;
export default electron;

import os from 'node:os';
import path from 'node:path';

/** Electron's `productName`: the folder name Electron gives `app.getPath('userData')`. */
export const PRODUCT_NAME = 'Växtkraft';

/**
 * The per-user data folder, computed without Electron so that the browser host and the scripts find the
 * same store as the desktop app: Electron's userData is `appData/productName`.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const config = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(home, '.config');
  return path.join(config, PRODUCT_NAME);
}

export const dbPath = (dataDir: string): string => path.join(dataDir, 'vaxtkraft.db');
export const lockPath = (dataDir: string): string => path.join(dataDir, 'vaxtkraft.lock');
export const preferencesPath = (dataDir: string): string => path.join(dataDir, 'preferences.json');
export const keyFilePath = (dataDir: string): string => path.join(dataDir, 'key.json');
export const logsDir = (dataDir: string): string => path.join(dataDir, 'logs');

import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, powerMonitor, protocol, safeStorage, session as electronSession, shell } from 'electron';
import { AppError } from '@shared/api/errors';
import { languageFromLocale } from '@shared/i18n/languages';
import type { Language } from '@shared/i18n/languages';
import { createRouter } from '../ipc/router';
import { keepBackups } from '../services/backups';
import { withPrintChannel } from './print';
import type { Logger } from '../log';
import { describeError, fileLogger, logUncaughtErrors, mainLogFile, nullLogger } from '../log';
import type { DataLock } from '../store/lock';
import { defaultDataDir, PRODUCT_NAME } from '../store/paths';
import { readPreferences } from '../store/preferences';
import type { Session } from '../store/session';
import { createTranslator } from './i18n';
import { registerIpc } from './ipc';
import { applyMenu } from './menu';
import { shellLock } from './lock';
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from './protocol';
import {
  APP_SCHEME,
  APP_START_URL,
  denyAllPermissions,
  devContentSecurityPolicy,
  hardenWebContents,
  isAppDownload,
  setDevServerUrl,
  vettedOpenExternal,
} from './security';
import { openStore } from './startup';
import { createMainWindow, focusWindow, guardClose } from './window';
import { diskStartupError } from '../store/diskErrors';
import { secureDataDir } from '../store/files';
import type { BrowserWindow } from 'electron';

const isDev = !app.isPackaged;
// The dev server is trusted only in an unpackaged run; a released app ignores the variable.
const devOrigin = isDev ? setDevServerUrl(process.env['ELECTRON_RENDERER_URL']) : null;
const here = import.meta.dirname;
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');

// Same folder as src-main/store/paths.ts computes for the browser host and the scripts.
app.setName(PRODUCT_NAME);
app.setPath('userData', defaultDataDir());
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;
let session: Session | null = null;
let dataLock: DataLock | null = null;
let logger: Logger = nullLogger;

function systemLocale(): string {
  return app.getPreferredSystemLanguages()[0] ?? app.getLocale();
}

function chosenLanguage(dataDir: string): Language {
  try {
    return readPreferences(dataDir).language ?? languageFromLocale(systemLocale());
  } catch {
    return languageFromLocale(systemLocale());
  }
}

function shutdown(): void {
  session?.close();
  session = null;
  dataLock?.release();
  dataLock = null;
}

/**
 * A startup failure the window cannot explain (see SHOWN_STARTUP_ERRORS in startup.ts for the ones it does) is
 * never silent: a translated native dialog, then the app quits.
 */
function failStartup(error: unknown, language: Language): void {
  logger.error('app.startupFailed', describeError(error));
  const t = createTranslator(language);
  const code = error instanceof AppError ? error.code : 'internal';
  const params = error instanceof AppError ? error.params : {};
  dialog.showErrorBox(t('menu.startupFailed'), t(`errors.${code}`, params));
  shutdown();
  app.exit(1);
}

function menuController(current: Session) {
  let shown = '';
  const lock = shellLock({ session: current, window: () => mainWindow, logger, after: () => refresh() });
  // The system going to sleep or locking its screen locks the store too (issue 15).
  powerMonitor.on('suspend', () => void lock('suspend'));
  powerMonitor.on('lock-screen', () => void lock('lock-screen'));
  const refresh = () => {
    const status = current.status();
    const language = status.language ?? status.systemLanguage;
    const canLock = status.unlockMode === 'passphrase' && status.unlocked;
    const key = `${language}:${String(canLock)}`;
    if (key === shown) return;
    shown = key;
    const t = createTranslator(language);
    applyMenu({
      t,
      platform: process.platform,
      isDev,
      canLock,
      onLock: () => void lock('menu'),
      onAbout: () => {
        const options = {
          type: 'info' as const,
          title: t('menu.about'),
          message: PRODUCT_NAME,
          detail: t('menu.aboutDetail', { version: app.getVersion() }),
          buttons: [t('menu.ok')],
        };
        void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
      },
    });
  };
  return refresh;
}

function hardenDefaultSession(): void {
  const defaultSession = electronSession.defaultSession;
  denyAllPermissions(defaultSession);
  defaultSession.on('will-download', (event, item) => {
    if (!isAppDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    // No save path set: Electron asks where to save, starting from the file name the renderer gave.
    item.setSaveDialogOptions({ defaultPath: item.getFilename() });
  });
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir));
  if (devOrigin) {
    const csp = devContentSecurityPolicy(devOrigin);
    defaultSession.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
}

/** Closing the window while the laptop is handed over: the person is told how the mode ends, in their language. */
function refuseClose(current: Session): void {
  const t = createTranslator(current.selfAssessment?.language ?? chosenLanguage(current.dataDir));
  const options = {
    type: 'info' as const,
    title: t('menu.selfAssessmentClose'),
    message: t('menu.selfAssessmentClose'),
    detail: t('menu.selfAssessmentCloseDetail'),
    buttons: [t('menu.ok')],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  try {
    secureDataDir(dataDir);
  } catch (error) {
    failStartup(diskStartupError(error, dataDir), chosenLanguage(dataDir));
    return;
  }
  logger = fileLogger(mainLogFile(dataDir), { echo: isDev });
  logUncaughtErrors(logger);
  logger.info('app.start', { version: app.getVersion(), packaged: app.isPackaged, platform: process.platform });

  hardenDefaultSession();

  try {
    // After a set-aside without a usable keychain the next start plans again (it will ask for a passphrase);
    // relaunch() only takes effect when the advisor quits.
    const opened = await openStore({ dataDir, safeStorage, systemLocale: systemLocale(), relaunch: () => app.relaunch() });
    session = opened.session;
    dataLock = opened.lock;
  } catch (error) {
    // Only what the renderer cannot show (the folder held by another process, an unexpected failure) ends here.
    failStartup(diskStartupError(error, dataDir), chosenLanguage(dataDir));
    return;
  }
  const startupError = session.status().startupError;
  if (startupError) logger.error('app.startupFailed', { code: startupError.code, shownInWindow: true });
  logger.info('store.ready', { unlockMode: session.unlockMode, unlocked: session.unlocked });

  const refreshMenu = menuController(session);
  refreshMenu();
  const startUrl = devOrigin ? (process.env['ELECTRON_RENDERER_URL'] ?? devOrigin) : APP_START_URL;
  const backups = keepBackups(session, { logger });
  const router = withPrintChannel(createRouter(session, { logger, afterCall: backups.afterCall }), {
    startUrl,
    preloadPath,
    parent: () => mainWindow,
    logger,
  });
  registerIpc(ipcMain, router, {
    logger,
    onResult: (channel) => {
      if (channel.startsWith('session.')) refreshMenu();
    },
  });

  const icon = path.join(app.getAppPath(), 'resources', 'icons', 'icon.png');
  mainWindow = createMainWindow(preloadPath, startUrl, fs.existsSync(icon) ? icon : undefined);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const current = session;
  guardClose(
    mainWindow,
    () => current.selfAssessment !== null,
    () => refuseClose(current),
  );
}

if (!app.requestSingleInstanceLock()) {
  // The first instance is told through 'second-instance' and brings its window forward.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(
      contents,
      vettedOpenExternal((url) => shell.openExternal(url)),
    );
  });
  // One window owns the store: closing it ends the app on every platform, so the store is closed too.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', shutdown);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failStartup(error, languageFromLocale(app.getLocale())));
}

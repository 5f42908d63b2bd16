import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from './i18n';

export interface MenuOptions {
  t: Translate;
  platform: NodeJS.Platform;
  /** Reload and developer tools exist only while developing: a reload in use would drop unsaved input. */
  isDev: boolean;
  /** Lock makes sense only when a passphrase can unlock again (not in keychain mode) and the store is open. */
  canLock: boolean;
  onLock: () => void;
  onAbout: () => void;
}

/** The application menu as a plain template, every label from `menu.*` in the chosen language. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { t, platform, isDev } = options;
  const mac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: 'Växtkraft',
    submenu: [
      { label: t('menu.about'), click: options.onAbout },
      { type: 'separator' },
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { id: 'lock', label: t('menu.lock'), accelerator: 'CmdOrCtrl+L', enabled: options.canLock, click: options.onLock },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t('menu.quit') } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...(isDev
        ? [
            { role: 'reload', label: t('menu.reload') } as const,
            { role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    role: 'window',
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'close', label: t('menu.close') },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    role: 'help',
    submenu: mac ? [] : [{ label: t('menu.about'), click: options.onAbout }],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

/** Rebuilt whenever the language or the lock state changes; Electron menus cannot be relabelled in place. */
export function applyMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

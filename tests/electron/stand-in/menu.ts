import { app } from './app';
import { record } from './channel';
import { BrowserWindow } from './windows';

type Click = (item: MenuItem, window: BrowserWindow | null, event: { triggeredByAccelerator: boolean }) => void;

interface ItemOptions {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  enabled?: boolean;
  visible?: boolean;
  accelerator?: string;
  click?: Click;
  submenu?: ItemOptions[] | Menu;
}

export interface MenuShape {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  enabled: boolean;
  accelerator?: string;
  submenu?: MenuShape[];
}

export class MenuItem {
  readonly id?: string;
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly accelerator?: string;
  readonly click?: Click;
  readonly submenu?: Menu;
  enabled: boolean;

  constructor(options: ItemOptions) {
    this.id = options.id;
    this.label = options.label;
    this.role = options.role;
    this.type = options.type;
    this.accelerator = options.accelerator;
    this.click = options.click;
    this.enabled = options.enabled !== false;
    const sub = options.submenu;
    if (sub) this.submenu = sub instanceof Menu ? sub : Menu.buildFromTemplate(sub);
  }

  shape(): MenuShape {
    const { id, label, role, type, accelerator, enabled } = this;
    return { id, label, role, type, accelerator, enabled, ...(this.submenu ? { submenu: this.submenu.items.map((i) => i.shape()) } : {}) };
  }
}

let applicationMenu: Menu | null = null;

/** What a role does when it has no click handler: the ones the app's menu relies on. */
function runRole(role: string): void {
  const window = BrowserWindow.getFocusedWindow();
  record('menu.role', { role });
  if (role === 'quit') app.quit();
  else if (role === 'close') window?.close();
  else if (role === 'reload' || role === 'forceReload') window?.webContents.reload();
}

export class Menu {
  static buildFromTemplate(template: ItemOptions[]): Menu {
    return new Menu(template.map((options) => new MenuItem(options)));
  }

  static setApplicationMenu(menu: Menu | null): void {
    applicationMenu = menu;
    record('Menu.setApplicationMenu', { menu: menu ? menu.items.map((i) => i.shape()) : null });
  }

  static getApplicationMenu(): Menu | null {
    return applicationMenu;
  }

  constructor(readonly items: MenuItem[] = []) {}

  getMenuItemById(id: string): MenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
}

/** A click by the user on the application menu's item with this id (or the first with this role). */
export function clickMenuItem(target: { id?: string; role?: string }): void {
  const find = (menu: Menu | undefined): MenuItem | null => {
    for (const item of menu?.items ?? []) {
      if ((target.id && item.id === target.id) || (target.role && item.role === target.role)) return item;
      const inner = find(item.submenu);
      if (inner) return inner;
    }
    return null;
  };
  const item = find(applicationMenu ?? undefined);
  if (!item) throw new Error(`no menu item ${JSON.stringify(target)}`);
  if (!item.enabled) throw new Error(`menu item ${JSON.stringify(target)} is disabled`);
  if (item.click) item.click(item, BrowserWindow.getFocusedWindow(), { triggeredByAccelerator: false });
  else if (item.role) runRole(item.role);
}

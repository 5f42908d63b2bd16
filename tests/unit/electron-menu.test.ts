import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const mocks = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 1 })),
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: mocks.exposeInMainWorld },
  ipcRenderer: { invoke: mocks.invoke, send: vi.fn(), on: vi.fn() },
  Menu: { setApplicationMenu: mocks.setApplicationMenu, buildFromTemplate: mocks.buildFromTemplate },
}));

import en from '@shared/i18n/locales/en/menu';
import sv from '@shared/i18n/locales/sv/menu';
import { createTranslator } from '../../src-main/app/i18n';
import { applyMenu, menuTemplate } from '../../src-main/app/menu';
import type { MenuOptions } from '../../src-main/app/menu';

function options(language: 'sv' | 'en', extra: Partial<MenuOptions> = {}): MenuOptions {
  return {
    t: createTranslator(language),
    platform: 'linux',
    isDev: false,
    canLock: true,
    onLock: vi.fn(),
    onAbout: vi.fn(),
    ...extra,
  };
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('the application menu', () => {
  it('is labelled in Swedish', () => {
    const template = menuTemplate(options('sv'));
    expect(labels(template)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(labels(submenu(template[0]))).toEqual(['Lås', undefined, 'Avsluta Växtkraft']);
    expect(labels(submenu(template[1]))).toContain('Klistra in');
  });

  it('is labelled in English', () => {
    const template = menuTemplate(options('en'));
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(submenu(template[0]))).toEqual(['Lock', undefined, 'Quit Växtkraft']);
    expect(labels(submenu(template[4]))).toEqual(['About Växtkraft']);
  });

  it('never shows a raw key: every label is a translation', () => {
    for (const language of ['sv', 'en'] as const) {
      const all = menuTemplate(options(language)).flatMap((item) => [item, ...submenu(item)]);
      for (const item of all) if (item.label !== undefined) expect(item.label).not.toMatch(/^menu\./);
    }
  });

  it('uses roles for edit, zoom and fullscreen', () => {
    const template = menuTemplate(options('en'));
    expect(
      submenu(template[1])
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(
      submenu(template[2])
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => submenu(menuTemplate(options('en', { isDev }))[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('wires Lock and About, and disables Lock when it cannot be used', () => {
    const onLock = vi.fn();
    const onAbout = vi.fn();
    const template = menuTemplate(options('en', { onLock, onAbout }));
    const lock = submenu(template[0])[0]!;
    (lock.click as () => void)();
    (submenu(template[4])[0]!.click as () => void)();
    expect(onLock).toHaveBeenCalledOnce();
    expect(onAbout).toHaveBeenCalledOnce();
    expect(lock.enabled).toBe(true);
    expect(submenu(menuTemplate(options('en', { canLock: false }))[0])[0]!.enabled).toBe(false);
  });

  it('puts the app menu first on macOS', () => {
    const template = menuTemplate(options('sv', { platform: 'darwin' }));
    expect(labels(template)).toEqual(['Växtkraft', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(labels(submenu(template[0]))).toContain('Om Växtkraft');
  });

  it('applyMenu installs the built template', () => {
    applyMenu(options('sv'));
    expect(mocks.buildFromTemplate).toHaveBeenCalledOnce();
    expect(mocks.setApplicationMenu).toHaveBeenCalledWith(mocks.buildFromTemplate.mock.results[0]!.value);
  });

  it('has the same keys in both languages and every Swedish label is translated', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    expect(sv.file).not.toBe(en.file);
  });

  it('translates startup errors with their parameters', () => {
    const t = createTranslator('sv');
    expect(t('errors.store.inUse', { pid: 4242 })).toContain('4242');
    expect(t('menu.aboutDetail', { version: '1.2.3' })).toContain('1.2.3');
    expect(createTranslator('en')('menu.startupFailed')).toBe(en.startupFailed);
  });
});

describe('the preload', () => {
  beforeEach(() => {
    mocks.exposeInMainWorld.mockClear();
    mocks.invoke.mockClear();
  });

  it('exposes exactly one function, invoke, on window.vaxtkraft', async () => {
    vi.resetModules();
    await import('../../src-main/preload/index');
    expect(mocks.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = mocks.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('vaxtkraft');
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api['invoke']).toBe('function');
    expect(Object.values(api).some((v) => v === mocks.invoke)).toBe(false);
  });

  it('forwards channel and input over vaxtkraft:invoke and nothing else', async () => {
    vi.resetModules();
    await import('../../src-main/preload/index');
    const api = mocks.exposeInMainWorld.mock.calls[0]![1] as { invoke: (c: string, i: unknown) => Promise<unknown> };
    await expect(api.invoke('companies.list', { q: 'a' })).resolves.toEqual({ ok: true, value: 1 });
    expect(mocks.invoke).toHaveBeenCalledWith('vaxtkraft:invoke', 'companies.list', { q: 'a' });
  });
});

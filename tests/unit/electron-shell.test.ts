import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const windows: Array<{ options: unknown; handlers: Record<string, () => void>; loaded: string[] }> = [];
  class BrowserWindow {
    options: unknown;
    handlers: Record<string, () => void> = {};
    loaded: string[] = [];
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once(event: string, handler: () => void) {
      this.handlers[event] = handler;
    }
    show = vi.fn();
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { windows, BrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

import { windowOptions, createMainWindow, focusWindow } from '../../src-main/app/window';
import {
  APP_ORIGIN,
  APP_START_URL,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  isSafeExternalUrl,
  isAppDownload,
  isTrustedUrl,
  setDevServerUrl,
  vettedOpenExternal,
} from '../../src-main/app/security';
import { resolveAppPath, serveAppRequest } from '../../src-main/app/protocol';

afterEach(() => {
  setDevServerUrl(null);
});

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs');

  it('hardens webPreferences', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('fits a 1366×768 laptop and never gets smaller than 1024×700', () => {
    expect(options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700, show: false });
  });

  it('shows the window only when ready-to-show and loads the start URL', () => {
    const window = createMainWindow('/p/index.cjs', APP_START_URL) as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(window.loaded).toEqual([APP_START_URL]);
    expect(window.show).not.toHaveBeenCalled();
    window.handlers['ready-to-show']!();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('focusWindow restores and focuses an existing window and ignores a missing one', () => {
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win as never);
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
    expect(() => focusWindow(null)).not.toThrow();
  });
});

describe('isAppDownload', () => {
  it('accepts only blob URLs of the app origin', () => {
    expect(isAppDownload('blob:app://vaxtkraft/1b2c3d4e-0000-4000-8000-000000000000')).toBe(true);
    for (const url of [
      'app://vaxtkraft/file.vaxtkraft',
      'blob:null/1b2c3d4e',
      'blob:https://evil.example/1b2c',
      'blob:app://vaxtkraft.evil/1b2c',
      'https://evil.example/file.exe',
      'file:///etc/passwd',
      '',
      null,
      undefined,
    ]) {
      expect(isAppDownload(url)).toBe(false);
    }
  });
});

describe('isTrustedUrl', () => {
  it('accepts exactly the app origin', () => {
    expect(APP_ORIGIN).toBe('app://vaxtkraft');
    expect(isTrustedUrl('app://vaxtkraft/index.html')).toBe(true);
    expect(isTrustedUrl('app://vaxtkraft/')).toBe(true);
    expect(isTrustedUrl('app://vaxtkraft/assets/index-abc.js?x=1#y')).toBe(true);
  });

  it.each([
    'file:///home/user/out/renderer/index.html',
    'file:///C:/app/index.html',
    'http://evil.example/',
    'https://evil.example/app://vaxtkraft/',
    'app://vaxtkraft.evil/index.html',
    'app://evil.vaxtkraft/index.html',
    'app://vaxtkraft:8080/index.html',
    'app://vaxtkraft@evil.example/',
    'app://user:pass@vaxtkraft/',
    'app://vaxtkrafts/',
    'apps://vaxtkraft/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'http://localhost:5173/',
    'vaxtkraft',
    '',
  ])('rejects %s', (url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });

  it('rejects missing values', () => {
    expect(isTrustedUrl(undefined)).toBe(false);
    expect(isTrustedUrl(null)).toBe(false);
  });

  it('trusts the dev server origin only while one is set, and only on loopback http', () => {
    expect(isTrustedUrl('http://localhost:5173/index.html')).toBe(false);
    expect(setDevServerUrl('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(isTrustedUrl('http://localhost:5173/index.html')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/index.html')).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/')).toBe(false);
    expect(isTrustedUrl('http://localhost.evil.example:5173/')).toBe(false);
    expect(isTrustedUrl('http://user@localhost:5173/')).toBe(false);
    setDevServerUrl(null);
    expect(isTrustedUrl('http://localhost:5173/index.html')).toBe(false);
  });

  it('refuses a dev server URL that is not loopback http', () => {
    expect(setDevServerUrl('http://evil.example:5173/')).toBeNull();
    expect(isTrustedUrl('http://evil.example:5173/')).toBe(false);
    expect(setDevServerUrl('https://127.0.0.1:5173/')).toBeNull();
    expect(setDevServerUrl('not a url')).toBeNull();
  });
});

describe('external links', () => {
  it('lets only https and mailto out', () => {
    expect(isSafeExternalUrl('https://example.se/help')).toBe(true);
    expect(isSafeExternalUrl('mailto:advisor@example.se')).toBe(true);
    for (const url of [
      'http://example.se',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'app://vaxtkraft/',
      'https://user:pw@example.se',
      'nonsense',
    ]) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });

  it('vettedOpenExternal passes safe links to the shell and drops the rest', () => {
    const open = vi.fn(() => Promise.resolve());
    const openLink = vettedOpenExternal(open);
    expect(openLink('https://example.se/')).toBe(true);
    expect(openLink('file:///etc/passwd')).toBe(false);
    expect(openLink('http://example.se/')).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://example.se/');
  });
});

function fakeContents() {
  const listeners: Record<string, (event: { url?: string; preventDefault: () => void }) => void> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    listeners,
    openHandler: () => openHandler!,
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
    on: (event: string, listener: (event: { url?: string; preventDefault: () => void }) => void) => {
      listeners[event] = listener;
    },
  };
}

describe('hardenWebContents', () => {
  it('denies every new window and hands the link to the vetted opener', () => {
    const contents = fakeContents();
    const openLink = vi.fn(() => true);
    hardenWebContents(contents as never, openLink);
    expect(contents.openHandler()({ url: 'https://example.se/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler()({ url: 'app://vaxtkraft/index.html' })).toEqual({ action: 'deny' });
    expect(openLink).toHaveBeenCalledWith('https://example.se/');
  });

  it('prevents navigation to foreign URLs and allows the app itself', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, () => false);
    const foreign = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents.listeners['will-navigate']!(foreign);
    expect(foreign.preventDefault).toHaveBeenCalledOnce();
    const file = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    contents.listeners['will-navigate']!(file);
    expect(file.preventDefault).toHaveBeenCalledOnce();
    const own = { url: 'app://vaxtkraft/index.html', preventDefault: vi.fn() };
    contents.listeners['will-navigate']!(own);
    expect(own.preventDefault).not.toHaveBeenCalled();
    const redirect = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents.listeners['will-redirect']!(redirect);
    expect(redirect.preventDefault).toHaveBeenCalledOnce();
  });

  it('prevents attaching a webview', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, () => false);
    const event = { preventDefault: vi.fn() };
    contents.listeners['will-attach-webview']!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler: typeof request) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler: typeof check) => {
        check = handler;
      },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, APP_ORIGIN, {})).toBe(false);
    }
  });
});

describe('the app:// protocol', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-renderer-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(dir), 'vaxtkraft-secret.txt'), 'secret');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.join(path.dirname(dir), 'vaxtkraft-secret.txt'), { force: true });
  });

  it('maps app URLs into the renderer folder and routes to index.html', () => {
    expect(resolveAppPath('app://vaxtkraft/', dir)).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath('app://vaxtkraft/companies/123', dir)).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath('app://vaxtkraft/assets/app.js', dir)).toBe(path.join(dir, 'assets', 'app.js'));
  });

  it('refuses other hosts and paths that escape the folder', () => {
    expect(resolveAppPath('app://other/index.html', dir)).toBeNull();
    // The URL parser already folds an encoded dot-dot segment, so it stays inside the folder.
    expect(resolveAppPath('app://vaxtkraft/%2e%2e/vaxtkraft-secret.txt', dir)).toBe(path.join(dir, 'vaxtkraft-secret.txt'));
    expect(resolveAppPath('app://vaxtkraft/..%2fvaxtkraft-secret.txt', dir)).toBeNull();
    expect(resolveAppPath('app://vaxtkraft/%00.js', dir)).toBeNull();
    expect(resolveAppPath('file:///etc/passwd', dir)).toBeNull();
  });

  it('serves files with the CSP and a content type, and 404s the rest', async () => {
    const page = await serveAppRequest('app://vaxtkraft/index.html', dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>x</title>');
    const script = await serveAppRequest('app://vaxtkraft/assets/app.js', dir);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serveAppRequest('app://vaxtkraft/assets/missing.js', dir)).status).toBe(404);
    expect((await serveAppRequest('app://vaxtkraft/..%2fvaxtkraft-secret.txt', dir)).status).toBe(404);
  });

  it('has a strict CSP: scripts only from the app, nothing framed or posted elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });
});

describe('electron.vite.config.ts', () => {
  it('bundles the preload to CommonJS (index.cjs) and main from src-main/app/main.ts', async () => {
    const { default: resolved } = await import('../../electron.vite.config');
    const preloadOutput = resolved.preload?.build?.rolldownOptions?.output;
    expect(Array.isArray(preloadOutput)).toBe(false);
    expect(preloadOutput).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(resolved.preload?.build?.rolldownOptions?.input).toEqual({ index: path.resolve('src-main/preload/index.ts') });
    // The exchange reader's worker thread is a second entry, beside index.js (src-main/services/exchange/worker.ts).
    expect(resolved.main?.build?.rolldownOptions?.input).toEqual({
      index: path.resolve('src-main/app/main.ts'),
      exchangeWorker: path.resolve('src-main/services/exchange/readWorker.ts'),
    });
    expect(resolved.main?.build?.rolldownOptions?.external).toContain('better-sqlite3-multiple-ciphers');
    expect(resolved.renderer?.build?.outDir).toBe(path.resolve('out/renderer'));
  });

  it('matches package.json "main" and the window preload path', async () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
    const main = fs.readFileSync('src-main/app/main.ts', 'utf8');
    expect(main).toContain("'../preload/index.cjs'");
  });

  it('a built preload, when present, is CommonJS that requires only electron', () => {
    const built = path.resolve('out/preload/index.cjs');
    if (!fs.existsSync(built)) return;
    const code = fs.readFileSync(built, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});

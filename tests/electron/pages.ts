import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Route, Request as PwRequest } from 'playwright-core';
import type { Rpc } from './rpc';

/**
 * Chromium cannot load a custom scheme such as `app://vaxtkraft/…` (it is not a web request Playwright can
 * intercept), so the page sees the same path under `https://vaxtkraft.app.standin.invalid/…`: a secure origin,
 * as a privileged `secure` scheme is in Electron. Every request to it is answered by the app's own
 * `protocol.handle` handler, and every URL the app sees (the sender frame, will-navigate) is the app:// form.
 */
const SUFFIX = '.standin.invalid';
const WEB_SCHEMES = new Set(['http:', 'https:', 'about:', 'data:', 'blob:', 'file:']);

export function toPageUrl(appUrl: string): string {
  const url = new URL(appUrl);
  if (WEB_SCHEMES.has(url.protocol)) return appUrl;
  return `https://${url.host}.${url.protocol.slice(0, -1)}${SUFFIX}${url.pathname}${url.search}${url.hash}`;
}

/** The app:// form of a page URL (or of a blob: URL of its origin), or null for any other web address. */
export function toAppUrl(pageUrl: string): string | null {
  if (pageUrl.startsWith('blob:')) {
    const inner = toAppUrl(pageUrl.slice('blob:'.length));
    return inner === null ? null : `blob:${inner}`;
  }
  const url = new URL(pageUrl);
  if (url.protocol !== 'https:' || !url.hostname.endsWith(SUFFIX)) return null;
  const name = url.hostname.slice(0, -SUFFIX.length);
  const dot = name.lastIndexOf('.');
  return `${name.slice(dot + 1)}://${name.slice(0, dot)}${url.pathname}${url.search}${url.hash}`;
}

/**
 * The preload as a sandboxed renderer runs it: a CommonJS function whose `require` offers only electron's renderer
 * modules, `ipcRenderer.invoke` reaching main through the test's binding, and `contextBridge` freezing what it
 * exposes. (Context isolation itself is not reproduced: Playwright's init scripts run in the page's own world.)
 */
export function preloadScript(source: string): string {
  return `(() => {
  if (window.top !== window) return;
  const invoke = window.__electronStandInInvoke;
  const reportError = window.__electronStandInPreloadError;
  const deepFreeze = (value) => {
    if (value && typeof value === 'object') for (const key of Object.keys(value)) deepFreeze(value[key]);
    return Object.freeze(value);
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: deepFreeze({ ...api }), enumerable: true });
      },
    },
    ipcRenderer: {
      invoke: (channel, ...args) => invoke(channel, args),
      send: () => { throw new Error('ipcRenderer.send is not handled by the stand-in'); },
      on: () => { throw new Error('ipcRenderer.on is not handled by the stand-in'); },
    },
    webFrame: {},
    webUtils: {},
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error("module not found: " + name + " (a sandboxed preload can require only electron)");
  };
  const module = { exports: {} };
  const process = Object.freeze({ type: 'renderer', sandboxed: true, contextIsolated: true, platform: 'linux', env: {} });
  try {
    (function (require, module, exports, process) {
${source}
    })(require, module, module.exports, process);
  } catch (error) {
    reportError(String(error && error.message ? error.message : error));
  }
})();`;
}

/** Electron's printToPDF options (margins in inches, 0.4 by default) as Playwright's page.pdf options. */
export function pdfOptions(options: Record<string, unknown>): Parameters<Page['pdf']>[0] {
  const margins = (options['margins'] ?? {}) as Record<string, number | undefined>;
  const inches = (side: string) => `${margins[side] ?? 0.4}in`;
  return {
    format: typeof options['pageSize'] === 'string' ? options['pageSize'] : 'Letter',
    landscape: options['landscape'] === true,
    printBackground: options['printBackground'] === true,
    preferCSSPageSize: options['preferCSSPageSize'] === true,
    displayHeaderFooter: options['displayHeaderFooter'] === true,
    headerTemplate: options['headerTemplate'] as string | undefined,
    footerTemplate: options['footerTemplate'] as string | undefined,
    scale: (options['scale'] as number | undefined) ?? 1,
    margin: { top: inches('top'), bottom: inches('bottom'), left: inches('left'), right: inches('right') },
  };
}

export interface WindowRecord {
  id: number;
  options: Record<string, unknown>;
  page: Page;
  /** Set while main itself loads or reloads the page: such navigations do not ask will-navigate. */
  mainNavigation: boolean;
  closed: boolean;
}

type Recorder = (kind: string, detail: Record<string, unknown>) => void;

/**
 * One browser context per app process, as Electron's default session is: every page request goes through here.
 * A navigation the page starts asks main's will-navigate first; app:// requests go to the protocol handler;
 * anything else is refused (the stand-in is offline) and recorded.
 */
export async function wireContext(context: BrowserContext, rpc: Rpc, windows: Map<number, WindowRecord>, record: Recorder) {
  const windowOf = (page: Page) => [...windows.values()].find((w) => w.page === page);
  const frameUrl = (url: string) => toAppUrl(url) ?? url;

  const onRoute = async (route: Route, request: PwRequest) => {
    const url = request.url();
    const window = windowOf(request.frame().page());
    if (window && request.isNavigationRequest() && request.frame() === window.page.mainFrame()) {
      if (window.mainNavigation) window.mainNavigation = false;
      else {
        const ask = { windowId: window.id, url: frameUrl(url) };
        const { prevented } = await rpc.call<{ prevented: boolean }>('webContents.willNavigate', ask);
        record('navigation', { id: window.id, url: frameUrl(url), prevented });
        if (prevented) return route.abort('aborted');
      }
    }
    const appUrl = toAppUrl(url);
    if (!appUrl) {
      record('network.refused', { url });
      return route.abort('blockedbyclient');
    }
    const response = await rpc.call<{ status: number; headers: Record<string, string>; body: Uint8Array }>('protocol.request', {
      url: appUrl,
      method: request.method(),
      headers: request.headers(),
    });
    record('protocol.response', { url: appUrl, status: response.status, headers: response.headers });
    return route.fulfill({ status: response.status, headers: response.headers, body: Buffer.from(response.body) });
  };
  await context.route('**/*', (route, request) =>
    onRoute(route, request).catch((error: unknown) => {
      record('route.error', { url: request.url(), message: String(error) });
      return route.abort('failed').catch(() => undefined);
    }),
  );

  await context.exposeBinding('__electronStandInInvoke', async (source, channel: string, args: unknown[]) => {
    const window = windowOf(source.page);
    if (!window) throw new Error('ipcRenderer.invoke from a page that is no window');
    return rpc.call('ipc.invoke', { windowId: window.id, frameUrl: frameUrl(source.frame.url()), channel, args });
  });
  await context.exposeBinding('__electronStandInPreloadError', (source, message: string) => {
    record('preload.error', { id: windowOf(source.page)?.id, message });
  });
  await context.exposeBinding('__electronStandInWindowOpen', async (source, url: string, frameName: string, features: string) => {
    const window = windowOf(source.page);
    const details = { url: frameUrl(url), frameName, features, disposition: 'new-window' };
    const { action } = await rpc.call<{ action: string }>('webContents.windowOpen', { windowId: window?.id, details });
    record('window.open', { id: window?.id, url: details.url, action });
  });
  // window.open answers null at once, as Electron does when the handler denies; the handler is asked in the background.
  await context.addInitScript({
    content: `{
      const ask = window.__electronStandInWindowOpen;
      window.open = (url, target, features) => {
        ask(new URL(String(url ?? ''), location.href).href, target ?? '', features ?? '');
        return null;
      };
    }`,
  });
  context.on('page', (page) => {
    // A popup (a target=_blank link) is no BrowserWindow: it is recorded and closed.
    void page.opener().then((opener) => {
      if (!opener) return;
      record('popup.closed', { url: page.url() });
      return page.close();
    });
  });
}

/** A BrowserWindow's page: its size, its preload (read from the path main gave, as Electron would), its events. */
export async function openWindowPage(context: BrowserContext, id: number, options: Record<string, unknown>, rpc: Rpc, record: Recorder) {
  const page = await context.newPage();
  const width = Number(options['width'] ?? 800);
  const height = Number(options['height'] ?? 600);
  await page.setViewportSize({ width, height });
  const preload = (options['webPreferences'] as Record<string, unknown> | undefined)?.['preload'];
  if (typeof preload === 'string') {
    try {
      await page.addInitScript({ content: preloadScript(readFileSync(preload, 'utf8')) });
    } catch (error) {
      record('preload.error', { id, message: `Unable to load preload script: ${preload} (${String(error)})` });
    }
  }
  page.on('pageerror', (error) => record('page.error', { id, message: error.message }));
  page.on('console', (message) => {
    if (message.type() === 'error') record('console.error', { id, message: message.text() });
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    void rpc.call('webContents.navigated', { windowId: id, url: toAppUrl(frame.url()) ?? frame.url() }).catch(() => undefined);
  });
  return page;
}

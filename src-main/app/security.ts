import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

/**
 * The renderer is served from a custom `app://vaxtkraft` origin rather than file://. Every file:// page shares
 * one opaque origin with every other local file, so "the sender is a file:// URL" would trust any HTML file on
 * the disk; a privileged standard scheme gives the app one exact origin to allow-list, lets us attach a CSP
 * header to every response, and serves only what is inside out/renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vaxtkraft';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY };

/** The dev server injects React's refresh preamble inline and talks to its HMR socket. */
export function devContentSecurityPolicy(devOrigin: string): string {
  const socket = devOrigin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${socket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

let devServerOrigin: string | null = null;

/**
 * Trusts the electron-vite dev server (ELECTRON_RENDERER_URL) as well. main.ts calls this only in an unpackaged
 * build, and only a loopback http origin is accepted, so an environment variable cannot widen a released app.
 */
export function setDevServerUrl(url: string | null | undefined): string | null {
  devServerOrigin = null;
  if (!url) return null;
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  if (parsed.username || parsed.password) return null;
  devServerOrigin = parsed.origin;
  return devServerOrigin;
}

export function getDevServerOrigin(): string | null {
  return devServerOrigin;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for a page of the app itself: exactly `app://vaxtkraft/...`, or the dev server when one is set. */
export function isTrustedUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) {
    // `app:` is not a WHATWG special scheme, so `origin` is "null": compare the parts instead.
    return parsed.hostname === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === '';
  }
  return devServerOrigin !== null && parsed.origin === devServerOrigin && parsed.username === '' && parsed.password === '';
}

/**
 * Files the renderer itself hands to the user (an exchange file, later a CSV or a PDF) arrive as `blob:` URLs
 * of the app's own origin; every other download is refused.
 */
export function isAppDownload(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || !url.startsWith('blob:')) return false;
  return isTrustedUrl(url.slice('blob:'.length));
}

/** Links that may leave the app for the system browser or mail client. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return parsed.hostname.length > 0;
  return parsed.protocol === 'mailto:';
}

export type OpenExternal = (url: string) => Promise<void>;

/** The only way out to `shell.openExternal`: anything but https/mailto is dropped. */
export function vettedOpenExternal(openExternal: OpenExternal): (url: string) => boolean {
  return (url) => {
    if (!isSafeExternalUrl(url)) return false;
    openExternal(url).catch(() => undefined);
    return true;
  };
}

type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** No camera, notifications, geolocation, clipboard reads or anything else: the app needs none of them. */
export function denyAllPermissions(session: HardenableSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * Applied to every webContents as it is created: no new windows (https/mailto links go to the system through
 * `openLink`), no navigation or redirect away from the app, no <webview>.
 */
export function hardenWebContents(contents: HardenableContents, openLink: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isTrustedUrl(event.url)) {
      event.preventDefault();
      openLink(event.url);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

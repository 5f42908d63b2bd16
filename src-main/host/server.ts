import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failure, isChannelName, policyOf } from '@shared/api';
import type { Result } from '@shared/api';
import { Session } from '../store/session';
import { acquireDataLock } from '../store/lock';
import { createRouter } from '../ipc/router';
import { keepBackups } from '../services/backups';
import type { Logger } from '../log';
import { fileLogger, hostLogFile } from '../log';
import { resolveStatic, contentType } from './static';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { createHostAuth, hostHeaderAllowed, tokenMatches } from './auth';
import type { HostAuth } from './auth';
import type { Router } from '../ipc/router';
import { diskStartupError } from '../store/diskErrors';
import { secureDataDir } from '../store/files';

export { tokenMatches } from './auth';

export interface HostOptions {
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer; default <repo>/out/renderer. */
  rendererDir?: string;
  /** Unlocks the existing store, or creates one when the folder has none. */
  passphrase?: string;
  systemLocale?: string;
  logger?: Logger;
  /** The session's clock (tests: the wait after a wrong passphrase). */
  now?: () => Date;
}

export interface Host {
  /** An address to open, with a new one-time code at each read: http://127.0.0.1:PORT/?code=CODE */
  readonly url: string;
  origin: string;
  /** The bearer token (in this process only: never in an address). */
  token: string;
  close(): Promise<void>;
}

export const HOST_ADDRESS = '127.0.0.1';

/** Where the page trades the address's one-time code for the token. */
export const AUTH_CODE_PATH = '/auth/token';

export { CONTENT_SECURITY_POLICY };

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function defaultRendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../out/renderer');
}

export function defaultSystemLocale(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (fromEnv && !/^(C|POSIX)(\.|$)/.test(fromEnv)) return fromEnv.split('.')[0]!.replace('_', '-');
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

type Body = { ok: true; body: Buffer } | { ok: false; reason: 'tooLarge' | 'aborted' };

/** Reads at most `limit` bytes; past that it stops keeping data and answers `{ ok: false }` at once. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return resolve({ ok: false, reason: 'tooLarge' });
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        resolve({ ok: false, reason: 'tooLarge' });
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, body: Buffer.concat(chunks) }));
    req.on('error', () => resolve({ ok: false, reason: 'aborted' }));
  });
}

function sendJson(res: http.ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}) {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** What the request listener needs from the running host. */
interface HostContext {
  router: Router;
  auth: HostAuth;
  logger: Logger;
  rendererDir: string;
  /** The port being listened on (known once listening: requests before it cannot arrive). */
  port: () => number;
}

/** Every request: the security headers, the Host check, then the API, the code exchange or a static file. */
function requestListener({ router, auth, logger, rendererDir, port }: HostContext): http.RequestListener {
  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    res.setHeader('Cache-Control', 'no-store');
    if (!tokenMatches(auth.token, req.headers.authorization)) {
      logger.warn('host.unauthorized');
      return sendJson(res, 401, failure('unauthorized'), { Connection: 'close' });
    }
    if (req.method !== 'POST') return sendJson(res, 405, failure('unknownChannel'), { Allow: 'POST' });
    const channel = pathname.slice('/api/'.length);
    if (!isChannelName(channel)) return sendJson(res, 404, failure('unknownChannel'));

    const body = await readBody(req, policyOf(channel).maxPayloadBytes);
    if (!body.ok && body.reason === 'aborted') return void req.socket.destroy();
    if (!body.ok) {
      logger.warn('host.payloadTooLarge', { channel });
      // The rest of the body is never read: the connection closes once the answer is out.
      res.on('finish', () => req.socket.destroy());
      return sendJson(res, 413, failure('payloadTooLarge'), { Connection: 'close' });
    }
    let input: unknown = {};
    if (body.body.length > 0) {
      try {
        input = JSON.parse(body.body.toString('utf8'));
      } catch {
        return sendJson(res, 400, failure('validation', { issues: [{ path: '', message: 'invalid' }] }));
      }
    }
    sendJson(res, 200, await router.handle(channel, input));
  }

  /** The page trades the address's one-time code for the token, once. */
  async function handleCode(req: http.IncomingMessage, res: http.ServerResponse) {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'POST') return sendJson(res, 405, failure('unknownChannel'), { Allow: 'POST' });
    const body = await readBody(req, 1024);
    let code: unknown;
    try {
      code = body.ok ? (JSON.parse(body.body.toString('utf8')) as { code?: unknown }).code : null;
    } catch {
      code = null;
    }
    const granted = auth.redeem(code);
    if (granted === null) {
      logger.warn('host.codeRefused');
      return sendJson(res, 401, failure('unauthorized'), { Connection: 'close' });
    }
    sendJson(res, 200, { ok: true, value: { token: granted } });
  }

  async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Method not allowed');
    }
    const found = await resolveStatic(rendererDir, pathname);
    if (found.kind !== 'file') {
      res.writeHead(found.kind === 'forbidden' ? 403 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end(found.kind === 'forbidden' ? 'Forbidden' : 'Not found');
    }
    const data = await fs.readFile(found.file);
    res.writeHead(200, {
      'Content-Type': contentType(found.file),
      'Content-Length': data.length,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!hostHeaderAllowed(req.headers.host, port())) {
      logger.warn('host.foreignHost');
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      return res.end('Misdirected request');
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      res.writeHead(400);
      return res.end();
    }
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    const handling =
      pathname === AUTH_CODE_PATH ? handleCode(req, res) : isApi ? handleApi(req, res, pathname) : handleStatic(req, res, pathname);
    handling.catch((error: unknown) => {
      logger.error('host.internal', { errorClass: error instanceof Error ? error.constructor.name : typeof error });
      if (!res.headersSent) sendJson(res, 500, failure('internal'));
      else res.destroy();
    });
  };
}

export async function startHost(options: HostOptions): Promise<Host> {
  const { dataDir } = options;
  let lock: ReturnType<typeof acquireDataLock>;
  try {
    secureDataDir(dataDir);
    lock = acquireDataLock(dataDir);
  } catch (error) {
    throw diskStartupError(error, dataDir);
  }
  const logger = options.logger ?? fileLogger(hostLogFile(dataDir));
  const session = new Session({
    dataDir,
    unlockMode: 'passphrase',
    systemLocale: options.systemLocale ?? defaultSystemLocale(),
    ...(options.now ? { now: options.now } : {}),
  });
  let server: http.Server | undefined;
  try {
    if (options.passphrase !== undefined) {
      try {
        if (session.status().storeExists) await session.unlock(options.passphrase);
        else await session.create(options.passphrase);
      } catch (error) {
        throw diskStartupError(error, dataDir);
      }
    }
    const backups = keepBackups(session, { logger });
    const router = createRouter(session, { logger, afterCall: backups.afterCall });
    const auth = createHostAuth();
    const { token } = auth;
    let port = 0;
    const rendererDir = options.rendererDir ?? defaultRendererDir();

    server = http.createServer(requestListener({ router, auth, logger, rendererDir, port: () => port }));
    server.headersTimeout = 30_000;
    server.requestTimeout = 60_000;

    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(options.port ?? 0, HOST_ADDRESS, () => {
        listening.off('error', reject);
        resolve();
      });
    });
    ({ port } = listening.address() as AddressInfo);
    const origin = `http://${HOST_ADDRESS}:${port}`;
    logger.info('host.start', { port });

    let closed: Promise<void> | undefined;
    return {
      get url() {
        return `${origin}/?code=${auth.newCode()}`;
      },
      origin,
      token,
      close() {
        closed ??= (async () => {
          await new Promise<void>((resolve) => {
            listening.close(() => resolve());
            listening.closeAllConnections();
          });
          try {
            await session.close();
          } finally {
            lock.release();
            logger.info('host.stop');
          }
        })();
        return closed;
      },
    };
  } catch (error) {
    server?.close();
    try {
      await session.close();
    } finally {
      lock.release();
    }
    throw error;
  }
}

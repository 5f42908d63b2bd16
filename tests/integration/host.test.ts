import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsWhere, MAX_PAYLOAD_BYTES, policyOf } from '@shared/api';
import type { Result } from '@shared/api';
import { startHost, CONTENT_SECURITY_POLICY } from '../../src-main/host/server';
import type { Host } from '../../src-main/host/server';
import { parseArgs } from '../../src-main/host/cli';
import { fileLogger, hostLogFile } from '../../src-main/log';
import { expectRefused } from '../helpers/refusal';

const PASSPHRASE = 'a long test passphrase';
const SECRET = 'TOPSECRET-outside-the-renderer';
const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body>index-marker</body></html>';

let root: string;
let dataDir: string;
let rendererDir: string;
let host: Host;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http rather than fetch: fetch would normalise `/../` and refuse some of the bodies sent here. */
function request(
  method: string,
  urlPath: string,
  options: { headers?: Record<string, string | number>; body?: Buffer | string; chunks?: Buffer[] } = {},
): Promise<Raw> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server may close the connection while a too-large body is still being sent: the answer counts.
    req.on('error', (e) => reject(e));
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    } else req.end(options.body);
  });
}

function api(channel: string, input: unknown, token: string | null = host.token): Promise<Raw> {
  const body = JSON.stringify(input);
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return request('POST', `/api/${channel}`, { headers, body });
}

function result(raw: Raw): Result<unknown> {
  return JSON.parse(raw.body) as Result<unknown>;
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'vaxtkraft-host-'));
  dataDir = path.join(root, 'data');
  rendererDir = path.join(root, 'site', 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export const app = 1;\n');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }\n');
  await fs.writeFile(path.join(root, 'site', 'secret.txt'), SECRET);
  await fs.writeFile(path.join(root, 'secret.txt'), SECRET);
  await fs.symlink(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  host = await startHost({ dataDir, port: 0, rendererDir, passphrase: PASSPHRASE, systemLocale: 'sv-SE' });
});

afterAll(async () => {
  await host.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('browser host: address and token', () => {
  it('listens on 127.0.0.1 only, with a 32-byte token that the URL never carries (a one-time code instead)', async () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.url).toMatch(new RegExp(`^${host.origin}/\\?code=[0-9a-f]{32}\\.[0-9a-f]{64}$`));
    expect(host.url).not.toContain(host.token);
    const port = Number(new URL(host.origin).port);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && i.family === 'IPv4' && !i.internal);
    for (const other of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: other.address, port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', () => resolve(true));
      });
      expect(refused, `reachable on ${other.address}`).toBe(true);
    }
  });

  it('answers a call with the right token', async () => {
    const raw = await api('session.status', {});
    expect(raw.status).toBe(200);
    expect(result(raw)).toMatchObject({ ok: true, value: { unlocked: true, storeExists: true, systemLanguage: 'sv' } });
    expect(raw.headers['cache-control']).toBe('no-store');
    expect(raw.headers['content-type']).toMatch(/^application\/json/);
    expect(raw.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'f'.repeat(64)],
    ['a short token', 'abc'],
    ['an empty token', ''],
  ])('refuses %s with 401', async (_label, token) => {
    const raw = await api('companies.list', {}, token);
    expect(raw.status).toBe(401);
    expect(result(raw)).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses the token in another scheme or in the query', async () => {
    const basic = await request('POST', '/api/session.status', { headers: { Authorization: `Basic ${host.token}` }, body: '{}' });
    expect(basic.status).toBe(401);
    const query = await request('POST', `/api/session.status?token=${host.token}`, { body: '{}' });
    expect(query.status).toBe(401);
  });
});

describe('browser host: bodies', () => {
  const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });

  it('refuses a body over the limit (declared length) with 413 and stays up', async () => {
    const big = Buffer.alloc(MAX_PAYLOAD_BYTES + 1, 0x20);
    const raw = await request('POST', '/api/companies.list', { headers: auth(), body: big }).catch((e: Error) => e);
    if (raw instanceof Error) throw raw;
    expect(raw.status).toBe(413);
    expect(result(raw)).toEqual({ ok: false, error: { code: 'payloadTooLarge' } });
    expect(result(await api('session.status', {})).ok).toBe(true);
  });

  it('refuses a streamed body (no length) that grows over the limit with 413', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const chunks = Array.from({ length: Math.ceil(MAX_PAYLOAD_BYTES / chunk.length) + 2 }, () => chunk);
    const raw = await request('POST', '/api/companies.list', { headers: { ...auth(), 'Transfer-Encoding': 'chunked' }, chunks });
    expect(raw.status).toBe(413);
    expect(result(await api('session.status', {})).ok).toBe(true);
  });

  it('accepts a body just under the limit', async () => {
    const padded = `{"query":"x"}${' '.repeat(MAX_PAYLOAD_BYTES - 20)}`;
    const raw = await request('POST', '/api/companies.list', { headers: auth(), body: padded });
    expect(raw.status).toBe(200);
    expect(result(raw).ok).toBe(true);
  });

  it("refuses a body declared over each channel's own limit with 413, and takes an exchange file over the default", async () => {
    for (const channel of channelsWhere(() => true)) {
      const limit = policyOf(channel).maxPayloadBytes;
      const raw = await request('POST', `/api/${channel}`, { headers: { ...auth(), 'Content-Length': limit + 1 }, body: '{}' });
      expect([raw.status, result(raw)], channel).toEqual([413, { ok: false, error: { code: 'payloadTooLarge' } }]);
    }
    const body = `{"passphrase":"x"}${' '.repeat(MAX_PAYLOAD_BYTES)}`;
    const file = await request('POST', '/api/exchange.preview', { headers: auth(), body });
    expect(file.status).toBe(200);
    expect(result(file)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it.each([['{'], ['not json'], ['{"a":1,}'], ["{'a':1}"], ['\u0000\u0001']])('answers 400 validation for %j', async (body) => {
    const raw = await request('POST', '/api/companies.list', { headers: auth(), body });
    expect(raw.status).toBe(400);
    expect(result(raw)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('answers 200 with a typed error for a payload the router refuses', async () => {
    const raw = await api('companies.create', { name: 'X', orgNumber: '556000-0002', __proto__: null });
    expect(raw.status).toBe(200);
    expect(result(raw)).toMatchObject({ ok: false, error: { code: 'validation' } });
    const proto = await request('POST', '/api/companies.list', { headers: auth(), body: '{"__proto__":{"admin":true}}' });
    expect(result(proto)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('answers 404 for an unknown channel and 405 for other methods', async () => {
    const unknown = await api('companies.drop', {});
    expect(unknown.status).toBe(404);
    expect(result(unknown)).toEqual({ ok: false, error: { code: 'unknownChannel' } });
    expect((await api('__proto__', {})).status).toBe(404);
    const get = await request('GET', '/api/session.status', { headers: auth() });
    expect(get.status).toBe(405);
    expect(get.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('runs the real services: create, list, and a domain error', async () => {
    const created = result(await api('companies.create', { name: 'Hosttestet AB', orgNumber: '556036-0793' }));
    expect(created).toMatchObject({ ok: true, value: { name: 'Hosttestet AB', orgNumber: '556036-0793' } });
    const list = result(await api('companies.list', { query: 'hosttest' }));
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
    const dup = await api('companies.create', { name: 'Again AB', orgNumber: '5560360793' });
    expect(dup.status).toBe(200);
    expect(result(dup)).toMatchObject({ ok: false, error: { code: 'company.duplicateOrgNumber' } });
  });
});

describe('browser host: static files', () => {
  it('serves index.html with the security headers, without a token', async () => {
    const raw = await request('GET', '/?token=whatever');
    expect(raw.status).toBe(200);
    expect(raw.body).toBe(INDEX_HTML);
    expect(raw.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(raw.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(raw.headers['x-content-type-options']).toBe('nosniff');
    expect(raw.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content types', async () => {
    const js = await request('GET', '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('export const app');
    expect((await request('GET', '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers app routes with index.html and missing assets with 404', async () => {
    const route = await request('GET', '/companies/0190');
    expect(route.status).toBe(200);
    expect(route.body).toBe(INDEX_HTML);
    expect((await request('GET', '/assets/missing.js')).status).toBe(404);
    expect((await request('POST', '/')).status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/assets/link.txt',
    '/%00../secret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '//etc/passwd',
    `/${'..%2f'.repeat(12)}${'x'.repeat(10)}`,
  ])('does not serve %s', async (urlPath) => {
    const raw = await request('GET', urlPath);
    expect(raw.body).not.toContain(SECRET);
    expect(raw.body).not.toContain('root:');
    expect([200, 400, 403, 404]).toContain(raw.status);
    if (raw.status === 200) expect(raw.body).toBe(INDEX_HTML);
  });
});

describe('browser host: one process per data folder', () => {
  it('refuses a second host on the same data folder with store.inUse', async () => {
    const second = await expectRefused('store.inUse', () => startHost({ dataDir, port: 0, rendererDir, passphrase: PASSPHRASE }));
    expect(second.params['pid']).toBe(process.pid);
    // The first one is untouched.
    expect(result(await api('session.status', {})).ok).toBe(true);
  });

  it('after close: a wrong passphrase is refused and frees the folder; the right one finds the data', async () => {
    const otherDir = path.join(root, 'other');
    const first = await startHost({ dataDir: otherDir, rendererDir, passphrase: PASSPHRASE });
    const firstPort = new URL(first.origin).port;
    await first.close();
    await expect(fetch(`${first.origin}/`)).rejects.toThrow();
    expect(firstPort).not.toBe('');

    await expectRefused('store.wrongPassphrase', () => startHost({ dataDir: otherDir, rendererDir, passphrase: 'not the passphrase' }));

    // The next attempt waits a second after the wrong one (the count is kept beside the store).
    const later = () => new Date(Date.now() + 60_000);
    const again = await startHost({ dataDir: otherDir, rendererDir, passphrase: PASSPHRASE, now: later });
    try {
      const status = await fetch(`${again.origin}/api/session.status`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${again.token}` },
        body: '{}',
      });
      expect(await status.json()).toMatchObject({ ok: true, value: { storeExists: true, unlocked: true } });
      expect(again.token).not.toBe(first.token);
    } finally {
      await again.close();
    }
  });

  it('without a passphrase starts locked and refuses data channels', async () => {
    const lockedDir = path.join(root, 'locked');
    const locked = await startHost({ dataDir: lockedDir, rendererDir });
    try {
      const call = (channel: string, input: unknown) =>
        fetch(`${locked.origin}/api/${channel}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${locked.token}` },
          body: JSON.stringify(input),
        }).then((r) => r.json() as Promise<Result<unknown>>);
      expect(await call('session.status', {})).toMatchObject({ ok: true, value: { storeExists: false, unlocked: false } });
      expect(await call('companies.list', {})).toEqual({ ok: false, error: { code: 'store.locked' } });
      expect(await call('session.create', { passphrase: PASSPHRASE, confirmation: PASSPHRASE })).toMatchObject({
        ok: true,
        value: { unlocked: true },
      });
      expect(await call('companies.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    } finally {
      await locked.close();
    }
  });

  it('keeps company names out of the logs', async () => {
    const logs = path.join(dataDir, 'logs');
    const files = await fs.readdir(logs).catch(() => [] as string[]);
    for (const file of files) expect(await fs.readFile(path.join(logs, file), 'utf8')).not.toContain('Hosttestet');
  });
});

describe('browser host: command line', () => {
  it('parses --data, --port, --no-open and --help', () => {
    expect(parseArgs([])).toEqual({ dataDir: undefined, port: 0, open: true, help: false });
    expect(parseArgs(['--data', '/tmp/x', '--port', '8123', '--no-open'])).toEqual({
      dataDir: '/tmp/x',
      port: 8123,
      open: false,
      help: false,
    });
    expect(parseArgs(['--data=/tmp/y', '--help']).dataDir).toBe('/tmp/y');
    expect(() => parseArgs(['--port', 'eighty'])).toThrow();
    expect(() => parseArgs(['--port', '70000'])).toThrow();
    expect(() => parseArgs(['--data'])).toThrow();
    expect(() => parseArgs(['--bogus'])).toThrow();
  });
});

describe('host log file', () => {
  it('writes JSON lines and keeps one .old file when it grows past the limit', async () => {
    const logDir = path.join(root, 'log-test');
    const file = hostLogFile(logDir);
    const log = fileLogger(file, { maxBytes: 400 });
    for (let i = 0; i < 20; i++) log.info('host.request', { channel: 'companies.list', ms: i });
    log.error('ipc.internal', { errorClass: 'TypeError' });
    const current = (await fs.readFile(file, 'utf8')).trim().split('\n');
    const old = (await fs.readFile(`${file}.old`, 'utf8')).trim().split('\n');
    expect((await fs.stat(file)).size).toBeLessThanOrEqual(400);
    expect((await fs.stat(`${file}.old`)).size).toBeLessThanOrEqual(400);
    expect(JSON.parse(current[current.length - 1]!)).toMatchObject({ level: 'error', event: 'ipc.internal', errorClass: 'TypeError' });
    for (const line of [...old, ...current]) expect(JSON.parse(line)).toHaveProperty('time');
    expect((await fs.readdir(path.dirname(file))).sort()).toEqual(['host.log', 'host.log.old']);
  });
});

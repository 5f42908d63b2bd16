import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../src-main/host/server';
import type { Host } from '../../src-main/host/server';
import { takePassphrase } from '../../src-main/host/cli';
import { makeTempDir } from '../helpers/tempStore';

const PASSPHRASE = 'a long test passphrase';
let root: string;
let dataDir: string;
let host: Host;

beforeAll(async () => {
  root = makeTempDir();
  dataDir = path.join(root, 'data');
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  host = await startHost({ dataDir, rendererDir, passphrase: PASSPHRASE, systemLocale: 'sv-SE' });
});
afterAll(async () => {
  await host.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** node:http, which sends the Host header it is given (fetch would not let a test forge it). */
type Reply = { status: number; body: string };
function request(method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const port = () => new URL(host.origin).port;
const api = (channel: string, hostHeader: string) =>
  request('POST', `/api/${channel}`, { Host: hostHeader, Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' }, '{}');
const redeem = (code: string, hostHeader = `127.0.0.1:${port()}`) =>
  request('POST', '/auth/token', { Host: hostHeader, 'Content-Type': 'application/json' }, JSON.stringify({ code }));

describe('the browser host against DNS rebinding', () => {
  it('answers only Host 127.0.0.1:PORT or localhost:PORT, on the API and on static files alike', async () => {
    expect((await api('session.status', `127.0.0.1:${port()}`)).status).toBe(200);
    expect((await api('session.status', `localhost:${port()}`)).status).toBe(200);
    const p = port();
    const forgeries = ['evil.example', `evil.example:${p}`, `127.0.0.1:${Number(p) + 1}`, '127.0.0.1', `localhost.evil.example:${p}`];
    for (const forged of forgeries) {
      const refusedApi = await api('companies.list', forged);
      expect(refusedApi.status, forged).toBe(421);
      expect(refusedApi.body).not.toContain('items');
      expect((await request('GET', '/', { Host: forged })).status, forged).toBe(421);
      expect((await request('GET', '/index.html', { Host: forged })).status, forged).toBe(421);
    }
    expect((await request('GET', '/', { Host: `127.0.0.1:${port()}` })).status).toBe(200);
  });
});

describe('the address and the token', () => {
  it('puts a one-time code in the address, which buys the token once only', async () => {
    const code = new URL(host.url).searchParams.get('code')!;
    expect(host.url).not.toContain(host.token);
    const first = await redeem(code);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, value: { token: host.token } });
    const second = await redeem(code);
    expect(second.status).toBe(401);
    expect(second.body).not.toContain(host.token);
    // A made-up code, a code of another run, and a code sent to a forged Host buy nothing either.
    expect((await redeem(`${'0'.repeat(32)}.${'0'.repeat(64)}`)).status).toBe(401);
    expect((await redeem('garbage')).status).toBe(401);
    const fresh = new URL(host.url).searchParams.get('code')!;
    expect((await redeem(fresh, 'evil.example')).status).toBe(421);
    expect((await redeem(fresh)).status).toBe(200);
  });

  it('takes VAXTKRAFT_PASSPHRASE out of the environment once read', () => {
    const env: NodeJS.ProcessEnv = { VAXTKRAFT_PASSPHRASE: PASSPHRASE, HOME: '/home/a' };
    expect(takePassphrase(env)).toBe(PASSPHRASE);
    expect(env).toEqual({ HOME: '/home/a' });
    expect(takePassphrase(env)).toBeUndefined();
  });
});

describe('a data folder the disk refuses', () => {
  it('stops the start with a translated error naming the folder, not the raw errno', async () => {
    const refused = await startHost({ dataDir: '/sys/vaxtkraft-test', passphrase: PASSPHRASE }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'store.noPermission', params: { path: '/sys/vaxtkraft-test' } });
  });
});

describe('the data folder', () => {
  it('is 0700, and every file in it 0600: the store, its journal, the lock, the logs, the preferences', async () => {
    const headers = { Host: `127.0.0.1:${port()}`, Authorization: `Bearer ${host.token}` };
    expect((await request('POST', '/api/session.setLanguage', headers, JSON.stringify({ language: 'en' }))).status).toBe(200);
    const seen: string[] = [];
    const walk = (dir: string) => {
      expect(fs.statSync(dir).mode & 0o777, dir).toBe(0o700);
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else {
          seen.push(path.relative(dataDir, file));
          expect(fs.statSync(file).mode & 0o777, file).toBe(0o600);
        }
      }
    };
    walk(dataDir);
    const expected = ['vaxtkraft.db', 'vaxtkraft.db-wal', 'vaxtkraft.lock', 'preferences.json', 'logs/host.log'];
    expect(seen).toEqual(expect.arrayContaining(expected));
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { channelsWhere, MAX_PAYLOAD_BYTES, policyOf } from '@shared/api';
import type { ChannelName, Result } from '@shared/api';
import { createInvokeHandler, INVOKE_CHANNEL, payloadBytes, registerIpc } from '../../src-main/app/ipc';
import { setDevServerUrl } from '../../src-main/app/security';
import { memoryLogger } from '../../src-main/log';

const trusted = { senderFrame: { url: 'app://vaxtkraft/index.html' } };

function fakeRouter(result: Result<unknown> = { ok: true, value: { hello: 'world' } }) {
  return { handle: vi.fn(async (_channel: string, _input: unknown) => result) };
}

afterEach(() => setDevServerUrl(null));

describe('the vaxtkraft:invoke handler', () => {
  it('passes a trusted call through to the router and returns its result', async () => {
    const router = fakeRouter();
    const onResult = vi.fn();
    const handler = createInvokeHandler(router, { onResult });
    const result = await handler(trusted, 'companies.list', { query: 'x' });
    expect(result).toEqual({ ok: true, value: { hello: 'world' } });
    expect(router.handle).toHaveBeenCalledWith('companies.list', { query: 'x' });
    expect(onResult).toHaveBeenCalledWith('companies.list', result);
  });

  it.each([
    ['a foreign page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['a lookalike host', { senderFrame: { url: 'app://vaxtkraft.evil/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['no frame at all', {}],
  ])('refuses %s without calling the router', async (_label, event) => {
    const router = fakeRouter();
    const logger = memoryLogger();
    const result = await createInvokeHandler(router, { logger })(event, 'session.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'untrustedSender' } });
    expect(router.handle).not.toHaveBeenCalled();
    expect(logger.entries.map((e) => e.event)).toEqual(['ipc.untrustedSender']);
  });

  it('refuses a payload larger than MAX_PAYLOAD_BYTES without calling the router', async () => {
    const router = fakeRouter();
    const big = { name: 'x'.repeat(MAX_PAYLOAD_BYTES) };
    const result = await createInvokeHandler(router)(trusted, 'companies.create', big);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('payloadTooLarge');
    expect(router.handle).not.toHaveBeenCalled();
  });

  it("refuses a payload over each channel's own limit, and passes one at the limit", async () => {
    const router = fakeRouter();
    const handler = createInvokeHandler(router);
    // `{"p":"…"}` is 8 bytes around the padding.
    const sized = (bytes: number) => ({ p: 'x'.repeat(bytes - 8) });
    const byLimit = new Map<number, ChannelName[]>();
    for (const channel of channelsWhere(() => true)) {
      const limit = policyOf(channel).maxPayloadBytes;
      byLimit.set(limit, [...(byLimit.get(limit) ?? []), channel]);
    }
    expect(byLimit.size).toBeGreaterThan(1);
    for (const [limit, channels] of byLimit) {
      const over = sized(limit + 1);
      // Each 64 MB payload takes a second to measure: one exchange channel stands for the rest (the policy test covers them).
      for (const channel of limit === MAX_PAYLOAD_BYTES ? channels : channels.slice(0, 1)) {
        const refused = { ok: false, error: { code: 'payloadTooLarge', params: { limit } } };
        expect(await handler(trusted, channel, over), channel).toEqual(refused);
      }
      expect(router.handle).not.toHaveBeenCalled();
      expect(payloadBytes(sized(limit))).toBe(limit);
      expect(await handler(trusted, channels[0]!, sized(limit))).toEqual({ ok: true, value: { hello: 'world' } });
      router.handle.mockClear();
    }
  });

  it('measures the payload as UTF-8 JSON', () => {
    expect(payloadBytes({ a: 'å' })).toBe(Buffer.byteLength('{"a":"å"}'));
    expect(payloadBytes(undefined)).toBe(0);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(payloadBytes(cyclic)).toBeNull();
    expect(payloadBytes({ n: 1n })).toBeNull();
  });

  it('answers a payload without a JSON form and a non-string channel with typed errors', async () => {
    const router = fakeRouter();
    const handler = createInvokeHandler(router);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(await handler(trusted, 'companies.create', cyclic)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await handler(trusted, 42, {})).toEqual({ ok: false, error: { code: 'unknownChannel' } });
    expect(router.handle).not.toHaveBeenCalled();
  });

  it('trusts the dev server only while it is set', async () => {
    const router = fakeRouter();
    const handler = createInvokeHandler(router);
    const dev = { senderFrame: { url: 'http://localhost:5173/' } };
    expect(await handler(dev, 'session.status', {})).toMatchObject({ ok: false, error: { code: 'untrustedSender' } });
    setDevServerUrl('http://localhost:5173');
    expect(await handler(dev, 'session.status', {})).toEqual({ ok: true, value: { hello: 'world' } });
  });

  it('still returns the result when the onResult hook throws', async () => {
    const logger = memoryLogger();
    const handler = createInvokeHandler(fakeRouter(), {
      logger,
      onResult: () => {
        throw new TypeError('boom');
      },
    });
    expect(await handler(trusted, 'session.status', {})).toEqual({ ok: true, value: { hello: 'world' } });
    expect(logger.entries[0]).toMatchObject({ level: 'error', event: 'ipc.onResultFailed', fields: { errorClass: 'TypeError' } });
  });

  it('registerIpc handles exactly the vaxtkraft:invoke channel', async () => {
    const handle = vi.fn();
    const router = fakeRouter();
    registerIpc({ handle }, router);
    expect(INVOKE_CHANNEL).toBe('vaxtkraft:invoke');
    expect(handle).toHaveBeenCalledOnce();
    expect(handle.mock.calls[0]![0]).toBe('vaxtkraft:invoke');
    const registered = handle.mock.calls[0]![1] as (...args: unknown[]) => Promise<unknown>;
    expect(await registered(trusted, 'session.status', {})).toEqual({ ok: true, value: { hello: 'world' } });
  });
});

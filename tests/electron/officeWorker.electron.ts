import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { encryptFor, pack } from '../../src-main/services/exchange/crypto';
import { FORMAT_NAME, FORMAT_VERSION } from '../../src-main/services/exchange/format';
import { newSigningKeyPair, signedJson } from '../../src-main/services/offices/signature';

const OUT_MAIN = path.resolve(import.meta.dirname, '..', '..', 'out', 'main');

/** A signed, empty exchange file sent to `recipient`, as base64. */
async function fileFor(recipient: string): Promise<string> {
  const { signingPrivate, signingKey } = newSigningKeyPair();
  const file = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: '0.1.0',
    exportedAt: '2026-11-30T10:00:00.000Z',
    office: 'Örebro kontor',
    advisor: null,
    companies: [],
    people: [],
    tombstones: [],
    base: { company: {}, person: {} },
    sender: { name: 'Örebro kontor', recipient: 'age1x', signingKey, fingerprint: 'x' },
  };
  const sealed = await encryptFor(pack(signedJson(file, signingPrivate)), { recipients: [recipient] });
  return Buffer.from(sealed).toString('base64');
}

async function ask(request: unknown): Promise<unknown> {
  const worker = new Worker(path.join(OUT_MAIN, 'exchangeWorker.js'));
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ id: 1, request });
    });
  } finally {
    await worker.terminate();
  }
}

/** Office keys (issue 12) in the built bundle: the worker opens a file sent to the office with its identity. */
describe('the built exchange worker with the office identity', () => {
  it('opens a file sent to this office and checks its signature; a file for another office is not opened', async () => {
    const identity = await generateX25519Identity();
    const limits = { file: 1e8, unpacked: 1e8 };
    const mine = await ask({ base64: await fileFor(await identityToRecipient(identity)), keys: { identity }, limits });
    expect(mine).toMatchObject({ id: 1, reply: { ok: true, value: { signature: 'valid', file: { office: 'Örebro kontor' } } } });
    const other = await identityToRecipient(await generateX25519Identity());
    const theirs = await ask({ base64: await fileFor(other), keys: { identity }, limits });
    expect(theirs).toEqual({ id: 1, reply: { ok: false, error: { code: 'exchange.notForThisOffice', params: {} } } });
  });
});

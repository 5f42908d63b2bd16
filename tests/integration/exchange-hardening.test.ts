import { Encrypter, generateIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { AppError } from '@shared/api/errors';
import { clockFrom } from '@shared/clock';
import { createCompany } from '../../src-main/services/companies';
import { exportCompanies, readExchangeFile } from '../../src-main/services/exchange';
import { pack } from '../../src-main/services/exchange/crypto';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

const PASS = 'exchange passphrase 2025';
let store: TempStore | null = null;
afterEach(() => {
  store?.cleanup();
  store = null;
});

async function exported(factor: number): Promise<string> {
  store ??= await makeTempStore();
  await createCompany(store.db, api['companies.create'].input.parse({ name: 'Åkesson AB', orgNumber: orgNumberFor(1) }), store.deps);
  const input = api['exchange.export'].input.parse({ companyIds: 'all', passphrase: PASS, confirmation: PASS });
  return (await exportCompanies(store.db, input, { ...clockFrom(store.clock.now), scryptWorkFactor: factor })).base64;
}

/** The same file with its scrypt stanza asking for another work factor (the header MAC no longer matches). */
function withWorkFactor(base64: string, logN: number): string {
  const text = Buffer.from(base64, 'base64').toString('latin1');
  return Buffer.from(text.replace(/^(-> scrypt \S+) \d+$/m, `$1 ${logN}`), 'latin1').toString('base64');
}

async function refusal(call: () => Promise<unknown>): Promise<{ code: string; params: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  try {
    await call();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, params: e.params, ms: performance.now() - started };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('exchange files that cost too much', () => {
  it('refuses a scrypt work factor above 2^18 before deriving anything', async () => {
    const file = await exported(10);
    for (const logN of [19, 20, 30]) {
      const refused = await refusal(() => readExchangeFile(withWorkFactor(file, logN), PASS));
      expect(refused).toMatchObject({ code: 'exchange.workFactorTooHigh', params: { found: logN, max: 18 } });
      // 2^20 would take seconds and a gigabyte; the refusal takes only the worker's start.
      expect(refused.ms).toBeLessThan(3000);
    }
    // 2^18 and below are derived as usual: here with another factor than the file was made with, so no key matches.
    expect((await refusal(() => readExchangeFile(withWorkFactor(file, 12), PASS))).code).toBe('exchange.wrongPassphrase');
  });

  it('says that a file encrypted to a key (X25519 or the hybrid recipient) opens with no passphrase', async () => {
    for (const identity of [await generateX25519Identity(), await generateIdentity()]) {
      const e = new Encrypter();
      e.addRecipient(await identityToRecipient(identity));
      const base64 = Buffer.from(await e.encrypt(pack('{"format":"vaxtkraft-exchange"}'))).toString('base64');
      expect((await refusal(() => readExchangeFile(base64, PASS))).code).toBe('exchange.recipientFile');
    }
  });

  it('reads in a worker thread: the main thread keeps answering while scrypt runs', async () => {
    const file = await exported(16);
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    try {
      const started = performance.now();
      const { file: read } = await readExchangeFile(file, PASS);
      expect(read.companies.map((c) => c.name)).toEqual(['Åkesson AB']);
      const took = performance.now() - started;
      // The key derivation alone takes far longer than any pause of the main thread.
      expect(took).toBeGreaterThan(4 * longestGap);
      expect(longestGap).toBeLessThan(150);
    } finally {
      clearInterval(timer);
    }
    // Errors cross the thread as the same codes.
    expect((await refusal(() => readExchangeFile(file, 'not the passphrase'))).code).toBe('exchange.wrongPassphrase');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const OUT_MAIN = path.resolve(import.meta.dirname, '..', '..', 'out', 'main');

/**
 * The exchange reader's worker thread in the built main bundle (`electron-vite build`): its own entry beside
 * index.js, found by the chunk that starts it, answering in the same protocol as from sources.
 */
describe('the built exchange worker', () => {
  it('is an entry beside index.js, named by the chunk that starts it', () => {
    const files = fs.readdirSync(OUT_MAIN);
    expect(files).toContain('exchangeWorker.js');
    const read = (f: string) => fs.readFileSync(path.join(OUT_MAIN, f), 'utf8');
    expect(files.filter((f) => f.endsWith('.js') && read(f).includes('"./exchangeWorker.js"'))).toHaveLength(1);
  });

  it('refuses a crafted file asking for scrypt 2^20 without deriving, in the worker', async () => {
    const header = 'age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 20\nAAAA\n--- AAAA\n';
    const base64 = Buffer.concat([Buffer.from(header, 'latin1'), Buffer.alloc(65_552, 1)]).toString('base64');
    const worker = new Worker(path.join(OUT_MAIN, 'exchangeWorker.js'));
    try {
      const reply = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 1, request: { base64, keys: 'p', limits: { file: 1e8, unpacked: 1e8 } } });
      });
      expect(reply).toEqual({ id: 1, reply: { ok: false, error: { code: 'exchange.workFactorTooHigh', params: { found: 20, max: 18 } } } });
    } finally {
      await worker.terminate();
    }
  });
});

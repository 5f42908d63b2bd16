/**
 * The office keys' figure of issue 12, for tests/bench/run.ts:
 *   office_key_export_1000_companies_ms   exchange.export of the exchange bench's 1,000 companies (5 people and 2 full
 *                                         rounds each) to one office of the address book: signed with Ed25519 and
 *                                         encrypted to its age X25519 recipient; median of 3 runs after a warm-up.
 *   passphrase_export_same_store_ms       the same export protected with a passphrase at age's default scrypt work
 *                                         factor (2^18), on the same store and run in turn with the above: the
 *                                         X25519 path has no scrypt, so the difference is the passphrase's cost.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { api } from '@shared/api';
import { formatOfficeCard } from '@shared/domain/office';
import { exportCompanies } from '../../src-main/services/exchange';
import { addOffice } from '../../src-main/services/offices';
import { newSigningKeyPair } from '../../src-main/services/offices/signature';
import { fillExchangeStore, openBenchStore } from './exchange';
import { median, roundTo } from './common';
import type { Figure } from './common';

const RUNS = 3;
const PASSPHRASE = 'bench office passphrase';

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

let measured: Promise<{ officeMs: number; passphraseMs: number }> | undefined;

function measure(): Promise<{ officeMs: number; passphraseMs: number }> {
  return (measured ??= (async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-offices-'));
    const store = await openBenchStore(root);
    try {
      await fillExchangeStore(store);
      const recipient = await identityToRecipient(await generateX25519Identity());
      const card = formatOfficeCard({ name: 'Västerås kontor', recipient, signingKey: newSigningKeyPair().signingKey });
      const office = await addOffice(store.db, api['offices.add'].input.parse({ card }), store.deps);
      const toOffice = api['exchange.export'].input.parse({ companyIds: 'all', officeIds: [office.id] });
      const withPassphrase = api['exchange.export'].input.parse({ companyIds: 'all', passphrase: PASSPHRASE, confirmation: PASSPHRASE });
      await exportCompanies(store.db, toOffice, store.deps);
      const office_: number[] = [];
      const passphrase: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        office_.push(await time(() => exportCompanies(store.db, toOffice, store.deps)));
        passphrase.push(await time(() => exportCompanies(store.db, withPassphrase, store.deps)));
      }
      return { officeMs: median(office_), passphraseMs: median(passphrase) };
    } finally {
      store.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  })());
}

export const OFFICE_FIGURES: Record<string, () => Promise<Figure>> = {
  async office_key_export_1000_companies_ms() {
    return { name: 'office_key_export_1000_companies_ms', value: roundTo((await measure()).officeMs, 1), unit: 'ms' };
  },
  async passphrase_export_same_store_ms() {
    return { name: 'passphrase_export_same_store_ms', value: roundTo((await measure()).passphraseMs, 1), unit: 'ms' };
  },
};

/** For a quick look without the whole bench: `npx tsx tests/bench/offices.ts`. */
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of Object.values(OFFICE_FIGURES)) console.log(await f());
}

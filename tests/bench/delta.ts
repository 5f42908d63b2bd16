/**
 * Delta figures for `npm run bench` (issue 12): the exchange bench's 1,000 companies (5 people and 2 full rounds
 * each) in office A, sent whole to office B through a shared folder and applied there; then, per run, 10 companies
 * (1 %) changed at A. `delta_export_1pct_of_1000_companies_ms` is A's "send changes" (finding the changed records by
 * their marks, building, signing, sealing for B and the atomic write into the folder);
 * `delta_import_1pct_ms` is B's preview and apply of that file from its inbox (opening with B's key included).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { api } from '@shared/api';
import { updateCompany } from '../../src-main/services/companies';
import { applyInbox, previewInbox, sendChanges } from '../../src-main/services/exchange';
import { addOffice, ownOffice } from '../../src-main/services/offices';
import { updateSettings } from '../../src-main/services/settings';
import type { Session } from '../../src-main/store/session';
import { median, roundTo } from './common';
import type { Figure } from './common';
import { fillExchangeStore, openBenchStore } from './exchange';

const RUNS = 5;
const CHANGED = 10;

async function link(from: Session, to: Session): Promise<string> {
  const card = (await ownOffice(to.db, to.deps)).card;
  return (await addOffice(from.db, api['offices.add'].input.parse({ card }), from.deps)).id;
}

async function receive(office: Session, name: string): Promise<void> {
  const preview = await previewInbox(office.db, { name }, office.deps);
  await applyInbox(office.db, { previewId: preview.previewId, resolutions: {} }, office.deps);
}

let measured: Promise<{ exportMs: number; importMs: number }> | undefined;

function measure(): Promise<{ exportMs: number; importMs: number }> {
  return (measured ??= (async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-delta-'));
    const folder = path.join(root, 'shared');
    fs.mkdirSync(folder);
    const a = await openBenchStore(root);
    const b = await openBenchStore(root);
    try {
      await updateSettings(a.db, { office: 'Örebro', exchangeFolder: folder }, a.deps);
      await updateSettings(b.db, { office: 'Västerås', exchangeFolder: folder }, b.deps);
      const toB = await link(a, b);
      await link(b, a);
      await fillExchangeStore(a);
      await receive(b, (await sendChanges(a.db, toB, a.deps)).fileName);
      const ids = (await a.db.selectFrom('companies').select('id').orderBy('id').execute()).map((r) => r.id);
      const exportMs: number[] = [];
      const importMs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        for (let i = 0; i < CHANGED; i++) {
          const id = ids[((run * CHANGED + i) * 7) % ids.length]!;
          const patch = { contactName: `Kontakt ändrad ${run}` };
          await updateCompany(a.db, api['companies.update'].input.parse({ id, patch }), a.deps);
        }
        let start = performance.now();
        const sent = await sendChanges(a.db, toB, a.deps);
        exportMs.push(performance.now() - start);
        if (sent.companies !== CHANGED) throw new Error(`delta carried ${sent.companies} companies, not ${CHANGED}`);
        start = performance.now();
        await receive(b, sent.fileName);
        importMs.push(performance.now() - start);
      }
      return { exportMs: median(exportMs), importMs: median(importMs) };
    } finally {
      a.close();
      b.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  })());
}

export const DELTA_FIGURES: Record<string, () => Promise<Figure>> = {
  async delta_export_1pct_of_1000_companies_ms() {
    return { name: 'delta_export_1pct_of_1000_companies_ms', value: roundTo((await measure()).exportMs, 1), unit: 'ms' };
  },
  async delta_import_1pct_ms() {
    return { name: 'delta_import_1pct_ms', value: roundTo((await measure()).importMs, 1), unit: 'ms' };
  },
};

/**
 * The de minimis figure of issue 13, for tests/bench/run.ts:
 *   de_minimis_total_5000_companies_ms  every company's three-year de minimis total today (deMinimisTotalsAll: the
 *                                       advice hours at the hourly rate, the activities' programme shares dated by
 *                                       their status, declared aid in SEK and EUR), as an overview or report list
 *                                       would show it, over 5,000 companies with 20 contacts, 3 activities and 2
 *                                       declared aids each spread over four years, in a temp encrypted store;
 *                                       median of 9 runs after one warm-up (target < 200 ms).
 * Rows are bulk-inserted in the services' row shape (the write paths are tested in the integration tests).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { addDays, clockFrom } from '@shared/clock';
import { deMinimisTotalsAll } from '../../src-main/services/aid';
import { updateSettings } from '../../src-main/services/settings';
import { Session } from '../../src-main/store/session';
import type { Database } from '../../src-main/store/schema';
import { median, roundTo } from './common';
import type { Figure } from './common';

const COMPANIES = 5000;
const RUNS = 9;
const TODAY = '2026-11-30';
const STATUSES = ['done', 'ongoing', 'planned', 'cancelled'] as const;

type Rows = { [T in 'companies' | 'plans' | 'activities' | 'contacts' | 'declared_aid']: Insertable<Database[T]>[] };

export function dataset(): Rows {
  const stamp = { created_at: '2026-11-01T09:00:00.000Z', updated_at: '2026-11-01T09:00:00.000Z', revision: 1 };
  const rows: Rows = { companies: [], plans: [], activities: [], contacts: [], declared_aid: [] };
  for (let c = 0; c < COMPANIES; c++) {
    const id = uuidv7();
    const planId = uuidv7();
    const name = `Stödföretag ${c}`;
    const company = { id, name, sort_name: name.toLowerCase(), org_number: `55${7_000_000 + c}`, sni_version: '2007' };
    rows.companies.push({ ...company, status: 'enrolled', ...stamp });
    rows.plans.push({ id: planId, company_id: id, ...stamp });
    for (let k = 0; k < 20; k++) {
      const date = addDays(TODAY, -(k * 73 + (c % 60)));
      const hours = 0.25 * (1 + ((c + k) % 12));
      const contact = { kind: 'visit', advisor: 'Karin', person_ids: '[]', next_steps: '[]' };
      rows.contacts.push({ id: uuidv7(), company_id: id, date, hours, ...contact, ...stamp });
    }
    for (let a = 0; a < 3; a++) {
      const start = addDays(TODAY, 200 - a * 400 - (c % 90));
      const status = STATUSES[(c + a) % STATUSES.length]!;
      rows.activities.push({
        id: uuidv7(),
        plan_id: planId,
        title: `Aktivitet ${a}`,
        level: 'company',
        competence_ids: '[]',
        person_ids: '[]',
        planned_start: start,
        planned_end: addDays(start, 30),
        cost_sek: 50_000,
        programme_share_sek: a === 2 ? null : 10_000 * (1 + ((c + a) % 4)),
        status,
        ...stamp,
      });
    }
    for (let d = 0; d < 2; d++) {
      const currency = d === 0 ? 'SEK' : 'EUR';
      const date = addDays(TODAY, -(d * 700 + (c % 300)));
      const amount = d === 0 ? 150_000 : 20_000;
      rows.declared_aid.push({ id: uuidv7(), company_id: id, date, amount, currency, granting_body: 'Regionen', ...stamp });
    }
  }
  return rows;
}

export async function insert(db: Kysely<Database>, rows: Rows): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['companies', 'plans', 'activities', 'contacts', 'declared_aid'] as const) {
      const list = rows[table];
      for (let i = 0; i < list.length; i += 200)
        await trx
          .insertInto(table)
          .values(list.slice(i, i + 200) as never)
          .execute();
    }
  });
}

async function deMinimisFigure(): Promise<Figure> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-aid-'));
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now });
  const deps = clockFrom(now);
  try {
    await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
    await insert(session.db, dataset());
    await updateSettings(session.db, { hourlyRateSek: 1200, eurRate: 11.2 }, deps);
    const run = async () => {
      const start = performance.now();
      const totals = await deMinimisTotalsAll(session.db, deps);
      const ms = performance.now() - start;
      if (totals.length !== COMPANIES || totals.some((t) => t.totalEur === null || t.totalEur <= 0)) throw new Error('unexpected totals');
      return ms;
    };
    await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await run());
    return { name: 'de_minimis_total_5000_companies_ms', value: roundTo(median(times), 1), unit: 'ms' };
  } finally {
    session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const DE_MINIMIS_FIGURES: Record<string, () => Promise<Figure>> = {
  de_minimis_total_5000_companies_ms: deMinimisFigure,
};

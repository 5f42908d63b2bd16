/**
 * The figures of issue 15's person's rights, for tests/bench/run.ts:
 *   register_extract_person_ms        what the register holds about one person (rights.personData: every field,
 *                                     ratings in every round, activities and attendance, contacts, consents,
 *                                     offices), in a store of 5,000 companies (the de minimis dataset: 20 contacts,
 *                                     3 activities each) plus the person's company with demo rounds and plans and 20
 *                                     contacts they were at; median of 9 runs after one warm-up (target < 500 ms).
 *   retention_scan_5000_companies_ms  the retention scan (retention.scan) over the same 5,000 companies with two
 *                                     people each, a fifth of them prospects never enrolled, with a rule under which
 *                                     every company that took part is due; median of 9 runs after one warm-up
 *                                     (target < 200 ms).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { addDays, clockFrom } from '@shared/clock';
import { withCheckDigit } from '@shared/domain/orgNumber';
import { seedDemoPlans } from '../../scripts/demo/plans';
import { seedDemoRounds } from '../../scripts/demo/rounds';
import { createCompany } from '../../src-main/services/companies';
import { createContact } from '../../src-main/services/contacts';
import { createPerson } from '../../src-main/services/people';
import { scanRetention, setRetentionRule } from '../../src-main/services/retention';
import { personData } from '../../src-main/services/rights';
import { Session } from '../../src-main/store/session';
import { dataset, insert } from './deMinimis';
import { median, roundTo } from './common';
import type { Figure } from './common';

const COMPANIES = 5000;
const RUNS = 9;
const TODAY = '2026-11-30';

async function withStore<T>(fn: (session: Session, deps: ReturnType<typeof clockFrom>) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-rights-'));
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now });
  try {
    await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
    const rows = dataset();
    // A fifth are prospects never enrolled, last changed long ago.
    rows.companies.forEach((c, i) => {
      if (i % 5 === 0) Object.assign(c, { status: 'prospect', updated_at: '2020-01-01T09:00:00.000Z' });
    });
    await insert(session.db, rows);
    await session.db.transaction().execute(async (trx) => {
      const stamp = { created_at: '2026-11-01T09:00:00.000Z', updated_at: '2026-11-01T09:00:00.000Z', revision: 1 };
      const people = rows.companies.flatMap((c, i) =>
        [0, 1].map((k) => ({
          id: uuidv7(),
          company_id: c.id!,
          name: `Person ${i}-${k}`,
          role: k === 0 ? 'owner' : 'prospective',
          ...stamp,
        })),
      );
      for (let i = 0; i < people.length; i += 200)
        await trx
          .insertInto('people')
          .values(people.slice(i, i + 200) as never)
          .execute();
    });
    return await fn(session, clockFrom(now));
  } finally {
    session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function extractFigure(): Promise<Figure> {
  return withStore(async (session, deps) => {
    const db = session.db;
    const company = await createCompany(
      db,
      {
        name: 'Utdrag AB',
        orgNumber: withCheckDigit('556999001'),
        status: 'enrolled',
        growthAmbition: true,
        growthAmbitionDate: '2025-01-15',
        consentBy: 'Ulla Utdrag',
        consentAt: '2025-01-15',
      },
      deps,
    );
    const person = await createPerson(db, { companyId: company.id, name: 'Ulla Utdrag', role: 'owner', followupConsent: true }, deps);
    await createPerson(db, { companyId: company.id, name: 'Olof Kollega', role: 'employee' }, deps);
    let seed = 11;
    const rng = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    await seedDemoRounds(db, [company.id], rng, new Date(`${TODAY}T10:00:00Z`));
    await seedDemoPlans(db, [company.id], rng, new Date(`${TODAY}T10:00:00Z`));
    for (let k = 0; k < 20; k++) {
      const contact = { companyId: company.id, kind: 'visit' as const, advisor: 'Karin', hours: 1, summary: null, nextSteps: [] };
      await createContact(db, { ...contact, date: addDays(TODAY, -k * 30), personIds: [person.id] }, deps);
    }
    const ms = await timed(async () => {
      const data = await personData(db, { personId: person.id }, deps);
      if (data.ratings.length === 0 || data.contacts.length !== 20) throw new Error('unexpected extract');
    });
    return { name: 'register_extract_person_ms', value: roundTo(ms, 1), unit: 'ms' };
  });
}

async function retentionFigure(): Promise<Figure> {
  return withStore(async (session, deps) => {
    await setRetentionRule(session.db, { programmeEndDate: '2014-12-31', years: 10, prospectMonths: 24 }, deps);
    const ms = await timed(async () => {
      const scan = await scanRetention(session.db, deps);
      if (scan.candidates.length < COMPANIES * 0.8) throw new Error(`unexpected scan: ${scan.candidates.length}`);
    });
    return { name: 'retention_scan_5000_companies_ms', value: roundTo(ms, 1), unit: 'ms' };
  });
}

export const RIGHTS_FIGURES: Record<string, () => Promise<Figure>> = {
  register_extract_person_ms: extractFigure,
  retention_scan_5000_companies_ms: retentionFigure,
};

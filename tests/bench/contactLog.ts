/**
 * The contact log's figure of issue 13, for tests/bench/run.ts:
 *   contact_log_5000_companies_ms  the overview's next steps due this week and overdue, per advisor
 *                                  (contacts.stepsDue through the router) over 5,000 companies with 20 contacts each
 *                                  (100,000 contacts, most steps done or later), in a temp encrypted store;
 *                                  median of 9 runs after one warm-up (target < 100 ms).
 * Rows are bulk-inserted in the service's row shape (the log's write path is tested in the integration tests).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { CONTACT_KINDS } from '@shared/api/contacts';
import type { NextStep, StepsDue } from '@shared/api/contacts';
import { addDays } from '@shared/clock';
import { createRouter } from '../../src-main/ipc/router';
import { Session } from '../../src-main/store/session';
import type { CompaniesTable, ContactsTable, PeopleTable } from '../../src-main/store/schema';
import { median, roundTo } from './common';
import type { Figure } from './common';

const COMPANIES = 5000;
const CONTACTS_PER_COMPANY = 20;
const ADVISORS = 12;
const RUNS = 9;
const TODAY = '2026-11-30';

async function chunks<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * A contact's steps as an office's log looks after a few years: the older contacts' steps done, the latest ones open
 * and due over the coming weeks, a few overdue.
 */
function stepsOf(c: number, k: number, date: string, ownerId: string): NextStep[] {
  const count = k % 3;
  return Array.from({ length: count }, (_, s) => ({
    text: `Steg ${s + 1} efter kontakt ${k}`,
    dueDate: addDays(date, 7 + ((c + s) % 30)),
    ownerText: s === 0 ? null : 'Rådgivaren',
    ownerPersonId: s === 0 ? ownerId : null,
    done: k < CONTACTS_PER_COMPANY - 3 || (c + s) % 4 === 0,
  }));
}

function dataset(): { companies: Insertable<CompaniesTable>[]; people: Insertable<PeopleTable>[]; contacts: ContactsTable[] } {
  const now = '2026-11-01T09:00:00.000Z';
  const base = { created_at: now, updated_at: now, revision: 1 };
  const companies: Insertable<CompaniesTable>[] = [];
  const people: Insertable<PeopleTable>[] = [];
  const contacts: ContactsTable[] = [];
  for (let c = 0; c < COMPANIES; c++) {
    const id = uuidv7();
    const owner = uuidv7();
    const advisor = `Rådgivare ${c % ADVISORS}`;
    companies.push({
      id,
      name: `Loggföretag ${c}`,
      sort_name: `loggforetag ${c}`,
      org_number: `55${String(6_000_000 + c)}-${c}`,
      sni_version: '2007',
      advisor,
      office: `Kontor ${c % 3}`,
      status: 'enrolled',
      // A few companies have left the programme: their steps stay off the overview.
      archived_at: c % 50 === 0 ? now : null,
      ...base,
    });
    const consents = { followup_consent: 0, ratings_shared: 0, passport_consent: 0 };
    people.push({ id: owner, company_id: id, name: `Ägare ${c}`, role: 'owner', ...consents, ...base });
    for (let k = 0; k < CONTACTS_PER_COMPANY; k++) {
      // Twenty contacts spread over the two years before today, the latest in the last weeks.
      const recent = k >= CONTACTS_PER_COMPANY - 3;
      const date = recent ? addDays(TODAY, -(7 * (CONTACTS_PER_COMPANY - k) + (c % 7))) : addDays(TODAY, -(760 - 36 * k + (c % 30)));
      contacts.push({
        id: uuidv7(),
        company_id: id,
        date,
        kind: CONTACT_KINDS[(c + k) % CONTACT_KINDS.length]!,
        advisor,
        person_ids: JSON.stringify([owner]),
        hours: 0.25 * (1 + ((c + k) % 12)),
        summary: `Anteckning ${k}: intern text som aldrig lämnar kontoret.`,
        next_steps: JSON.stringify(stepsOf(c, k, date, owner)),
        ...base,
      });
    }
  }
  return { companies, people, contacts };
}

async function contactLogFigure(): Promise<Figure> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-contacts-'));
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE', now: () => new Date(`${TODAY}T10:00:00Z`) });
  try {
    await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
    const db = session.db;
    const { companies, people, contacts } = dataset();
    await db.transaction().execute(async (trx) => {
      await chunks(companies, 100, (b) => trx.insertInto('companies').values(b).execute());
      await chunks(people, 200, (b) => trx.insertInto('people').values(b).execute());
      await chunks(contacts, 200, (b) => trx.insertInto('contacts').values(b).execute());
    });
    const router = createRouter(session);
    let steps = 0;
    const run = async () => {
      const start = performance.now();
      const r = await router.handle('contacts.stepsDue', {});
      const ms = performance.now() - start;
      if (!r.ok) throw new Error(`contacts.stepsDue failed: ${JSON.stringify(r.error)}`);
      const due = r.value as StepsDue;
      steps = due.byAdvisor.reduce((n, a) => n + a.steps.length, 0);
      if (due.byAdvisor.length !== ADVISORS || steps === 0) throw new Error(`unexpected overview: ${due.byAdvisor.length} advisors`);
      return ms;
    };
    await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await run());
    return { name: 'contact_log_5000_companies_ms', value: roundTo(median(times), 1), unit: 'ms' };
  } finally {
    session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const CONTACT_LOG_FIGURES: Record<string, () => Promise<Figure>> = {
  contact_log_5000_companies_ms: contactLogFigure,
};

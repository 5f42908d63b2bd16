/**
 * The figures of issues 7 and 14 (programme follow-up, hidden cells), for tests/bench/run.ts:
 *   report_5000_companies_ms     the programme report for outside the office (reports.programme through the router,
 *                                with complementary suppression) over 5,000 enrolled companies, 25,000 people
 *                                (consented attributes) and 20,000 activities with providers, in a temp encrypted
 *                                store; median of 7 runs after one warm-up (target < 1000 ms).
 *   suppression_solver_check_ms  the audit of that external report: every hidden figure's least and greatest value
 *                                by linear programming over everything published (tests/helpers/cellAudit.ts);
 *                                median of 3 runs. Fails when a hidden figure can be worked out.
 * Rows are bulk-inserted in the services' row shapes (the register's own write paths are measured elsewhere).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { createRouter } from '../../src-main/ipc/router';
import { Session } from '../../src-main/store/session';
import type { ActivitiesTable, CompaniesTable, PeopleTable, PlansTable } from '../../src-main/store/schema';
import { MUNICIPALITIES } from '@shared/domain/municipalities';
import { ACTIVITY_TYPE_IDS, PROVIDER_KINDS } from '@shared/api/plans';
import { EDUCATION_LEVELS, EMPLOYMENT_STATUSES, GENDERS } from '@shared/domain/person';
import type { ProgrammeReport } from '@shared/api/reports';
import { externalProblems } from '../helpers/cellAudit';
import { median } from './common';
import type { Figure } from './common';

const COMPANIES = 5000;
const PEOPLE_PER_COMPANY = 5;
const ACTIVITIES_PER_COMPANY = 4;
const RUNS = 7;

async function chunks<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

type Router = ReturnType<typeof createRouter>;

/** A temp store with the 5,000 companies, its router given to `measure`, closed and removed after. */
async function withReportStore(measure: (router: Router) => Promise<Figure>): Promise<Figure> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-report-'));
  const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
  try {
    await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
    const db = session.db;
    const now = '2025-01-15T09:00:00.000Z';
    const base = { created_at: now, updated_at: now, revision: 1 };
    const providers = PROVIDER_KINDS.map((kind, i) => ({
      id: uuidv7(),
      name: `Anordnare ${i}`,
      kind,
      municipality_code: null,
      contact: null,
      topics: '[]',
      ...base,
    }));
    // Insertable: the nullable columns left out are NULL, and a nullable column added later need not be listed here.
    const companies: Insertable<CompaniesTable>[] = [];
    const people: Insertable<PeopleTable>[] = [];
    const plans: Insertable<PlansTable>[] = [];
    const activities: Insertable<ActivitiesTable>[] = [];
    for (let c = 0; c < COMPANIES; c++) {
      const id = uuidv7();
      companies.push({
        id,
        name: `Bänkföretag ${c}`,
        sort_name: `bankforetag ${c}`,
        org_number: `55${String(5_000_000 + c)}-${c}`,
        municipality_code: MUNICIPALITIES[c % MUNICIPALITIES.length]!.code,
        sni_code: c % 7 === 0 ? null : ['62010', '47110', '43210', '56100'][c % 4]!,
        sni_version: '2007',
        employees: c % 12,
        advisor: `Rådgivare ${c % 9}`,
        office: `Kontor ${c % 3}`,
        growth_ambition: 1,
        growth_ambition_date: '2024-12-01',
        consent_by: 'Ägaren',
        consent_at: '2024-12-01',
        consent_scope: 'Uppföljning',
        status: 'enrolled',
        ...base,
      });
      const personIds: string[] = [];
      for (let p = 0; p < PEOPLE_PER_COMPANY; p++) {
        const n = c * PEOPLE_PER_COMPANY + p;
        const pid = uuidv7();
        personIds.push(pid);
        people.push({
          id: pid,
          company_id: id,
          name: `Person ${n}`,
          role: p === 0 ? 'owner' : 'employee',
          followup_consent: n % 10 === 0 ? 0 : 1,
          followup_consent_at: '2024-12-01',
          gender: GENDERS[n % GENDERS.length]!,
          birth_year: 1950 + (n % 55),
          foreign_background: n % 4 === 0 ? 'yes' : 'no',
          third_country_national: n % 9 === 0 ? 'yes' : 'no',
          disability: n % 11 === 0 ? 'yes' : 'no',
          education_level: EDUCATION_LEVELS[n % EDUCATION_LEVELS.length]!,
          employment_status: EMPLOYMENT_STATUSES[n % EMPLOYMENT_STATUSES.length]!,
          ...base,
          ratings_shared: 0,
          passport_consent: 0,
        });
      }
      const planId = uuidv7();
      plans.push({ id: planId, company_id: id, next_follow_up: null, note: null, ...base });
      for (let a = 0; a < ACTIVITIES_PER_COMPANY; a++) {
        const month = String(1 + ((c + a) % 12)).padStart(2, '0');
        activities.push({
          id: uuidv7(),
          plan_id: planId,
          title: `Aktivitet ${a}`,
          type_id: ACTIVITY_TYPE_IDS[(c + a) % ACTIVITY_TYPE_IDS.length]!,
          level: 'individual',
          competence_ids: '[]',
          person_ids: JSON.stringify(personIds.slice(0, 1 + ((c + a) % PEOPLE_PER_COMPANY))),
          provider_id: a === 3 ? null : providers[(c + a) % providers.length]!.id,
          planned_start: `2025-${month}-01`,
          planned_end: `2025-${month}-20`,
          hours: 2 + ((c + a) % 10),
          cost_sek: 500 * (1 + (a % 4)),
          status: a === 2 && c % 5 === 0 ? 'cancelled' : 'booked',
          accessibility_adaptations: c % 6 === 0 ? 'Hörslinga' : null,
          ...base,
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('providers').values(providers).execute();
      await chunks(companies, 100, (b) => trx.insertInto('companies').values(b).execute());
      await chunks(people, 200, (b) => trx.insertInto('people').values(b).execute());
      await chunks(plans, 300, (b) => trx.insertInto('plans').values(b).execute());
      await chunks(activities, 150, (b) => trx.insertInto('activities').values(b).execute());
    });

    return await measure(createRouter(session));
  } finally {
    session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function report(router: Router, audience: 'internal' | 'external'): Promise<ProgrammeReport> {
  const r = await router.handle('reports.programme', { from: '2025-01-01', to: '2025-12-31', audience });
  if (!r.ok) throw new Error(`reports.programme failed: ${JSON.stringify(r.error)}`);
  const value = r.value as ProgrammeReport;
  const summary = value.tables.find((t) => t.id === 'summary')!;
  const companiesCell = summary.rows.find((x) => x.key === 'companies')!.cells[0];
  if (companiesCell !== COMPANIES) throw new Error(`expected ${COMPANIES} companies in the report, got ${String(companiesCell)}`);
  return value;
}

const reportFigure = () =>
  withReportStore(async (router) => {
    const run = async () => {
      const start = performance.now();
      await report(router, 'external');
      return performance.now() - start;
    };
    await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await run());
    return { name: 'report_5000_companies_ms', value: Math.round(median(times) * 10) / 10, unit: 'ms' };
  });

const solverFigure = () =>
  withReportStore(async (router) => {
    const external = await report(router, 'external');
    const internal = await report(router, 'internal');
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const problems = externalProblems(internal.tables, external.tables);
      times.push(performance.now() - start);
      if (problems.length) throw new Error(`hidden figures can be worked out: ${problems.slice(0, 5).join('; ')}`);
    }
    return { name: 'suppression_solver_check_ms', value: Math.round(median(times) * 10) / 10, unit: 'ms' };
  });

export const REPORT_FIGURES: Record<string, () => Promise<Figure>> = {
  report_5000_companies_ms: reportFigure,
  suppression_solver_check_ms: solverFigure,
};

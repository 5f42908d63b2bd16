import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPatchInput } from '@shared/api/people';
import type { ProgrammeReport, ReportCell, ReportTableId } from '@shared/api/reports';
import { externalProblems } from '../helpers/cellAudit';
import { buildReportFixture, call, ids, reportStore } from '../helpers/reportFixture';
import { readWorkbook } from '../helpers/workbook';

/**
 * Issue 14: the ESF+ results in the programme report. On the fixed dataset (tests/helpers/reportFixture.ts) some
 * participants are given an entry, an exit and results through the people channel, in an encrypted store; the two
 * result tables are checked against hand-worked figures and against independent SQL over the same store.
 *
 *   a1 exit 2025-03-31: education, qualification, employment (not job searching); six months 2025-10-05: both
 *   a2 exit 2025-05-15: employment, job searching not known           a3 exit 2025-07-10 (after the first period)
 *   a4 exit 2024-09-01; six months 2025-03-05: not employed, improved  b1 (company B) exit 2025-03-10: job searching
 *   c1 (company C, not in the period) exit 2025-02-10: employment
 */

const H1 = { from: '2025-01-01', to: '2025-06-30' };
const H2 = { from: '2025-07-01', to: '2025-12-31' };

const CHANGES: Array<[string, PersonPatchInput]> = [
  ['a1', { entryDate: '2025-01-10', exitDate: '2025-03-31', exitInEducation: true, exitQualification: true, exitInEmployment: true }],
  ['a1', { exitJobSearching: false, sixMonthDate: '2025-10-05', sixMonthInEmployment: true, sixMonthImproved: true }],
  ['a2', { entryDate: '2025-01-10', exitDate: '2025-05-15', exitInEmployment: true }],
  ['a3', { entryDate: '2025-01-10', exitDate: '2025-07-10', exitInEducation: false }],
  [
    'a4',
    { entryDate: '2024-08-01', exitDate: '2024-09-01', sixMonthDate: '2025-03-05', sixMonthInEmployment: false, sixMonthImproved: true },
  ],
  ['b1', { entryDate: '2025-02-01', exitDate: '2025-03-10', exitJobSearching: true }],
  ['c1', { entryDate: '2024-07-01', exitDate: '2025-02-10', exitInEmployment: true }],
];

beforeAll(async () => {
  await buildReportFixture();
  reportStore().clock.set(new Date('2026-01-15T10:00:00.000Z'));
  for (const [key, patch] of CHANGES) await call('people.update', { id: ids[key]!, patch });
});
afterAll(() => reportStore().cleanup());

function cellsOf(report: ProgrammeReport, id: ReportTableId): Record<string, ReportCell[]> {
  const t = report.tables.find((x) => x.id === id)!;
  return Object.fromEntries(t.rows.map((r) => [r.key, r.cells]));
}

/** The same figures straight from the store: people of the given companies, by the date of exit or follow-up. */
async function fromSql(companies: string[], period: { from: string; to: string }) {
  const db = reportStore().db;
  const inList = sql.join(companies.map((c) => sql`${c}`));
  const exit = await sql<Record<string, number>>`
    SELECT COUNT(*) AS exited, COALESCE(SUM(exit_in_education = 1), 0) AS exitInEducation,
      COALESCE(SUM(exit_qualification = 1), 0) AS exitQualification, COALESCE(SUM(exit_in_employment = 1), 0) AS exitInEmployment,
      COALESCE(SUM(exit_job_searching = 1), 0) AS exitJobSearching
    FROM people WHERE company_id IN (${inList}) AND exit_date BETWEEN ${period.from} AND ${period.to}`.execute(db);
  const six = await sql<Record<string, number>>`
    SELECT COUNT(*) AS followedUp, COALESCE(SUM(six_month_in_employment = 1), 0) AS sixMonthInEmployment,
      COALESCE(SUM(six_month_improved = 1), 0) AS sixMonthImproved
    FROM people WHERE company_id IN (${inList}) AND six_month_date BETWEEN ${period.from} AND ${period.to}`.execute(db);
  const asCells = (row: Record<string, number>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [Number(v)]]));
  return { resultsAtExit: asCells(exit.rows[0]!), resultsAfterSixMonths: asCells(six.rows[0]!) };
}

describe('the ESF+ results in the programme report', () => {
  it('counts the participants who left in the period and each result they had, as worked out by hand and by SQL', async () => {
    const r = await call('reports.programme', H1);
    const atExit = { exited: [3], exitInEducation: [1], exitQualification: [1], exitInEmployment: [2], exitJobSearching: [1] };
    const later = { followedUp: [1], sixMonthInEmployment: [0], sixMonthImproved: [1] };
    expect(cellsOf(r, 'resultsAtExit')).toEqual(atExit);
    expect(cellsOf(r, 'resultsAfterSixMonths')).toEqual(later);
    // Companies A and B are in the first half-year; C (completed in 2024) is not.
    expect(await fromSql([ids['A']!, ids['B']!], H1)).toEqual({ resultsAtExit: atExit, resultsAfterSixMonths: later });
  });

  it('counts by the period and the report’s filters: the second half-year, one advisor', async () => {
    const h2 = await call('reports.programme', H2);
    expect(cellsOf(h2, 'resultsAtExit')).toEqual({
      exited: [1],
      exitInEducation: [0],
      exitQualification: [0],
      exitInEmployment: [0],
      exitJobSearching: [0],
    });
    expect(cellsOf(h2, 'resultsAfterSixMonths')).toEqual({ followedUp: [1], sixMonthInEmployment: [1], sixMonthImproved: [1] });
    expect(await fromSql([ids['A']!], H2)).toEqual({
      resultsAtExit: cellsOf(h2, 'resultsAtExit'),
      resultsAfterSixMonths: cellsOf(h2, 'resultsAfterSixMonths'),
    });
    const lars = await call('reports.programme', { ...H1, advisor: 'Lars' });
    expect(cellsOf(lars, 'resultsAtExit')).toEqual(await fromSql([ids['B']!], H1).then((x) => x.resultsAtExit));
    expect(cellsOf(lars, 'resultsAtExit')['exited']).toEqual([1]);
  });

  it('hides the small counts outside the office, with nothing given away, and exports both tables with their labels', async () => {
    const internal = await call('reports.programme', { ...H1, audience: 'internal' });
    const external = await call('reports.programme', { ...H1, audience: 'external' });
    expect(
      Object.values(cellsOf(external, 'resultsAtExit'))
        .flat()
        .every((c) => typeof c === 'string'),
    ).toBe(true);
    expect(externalProblems(internal.tables, external.tables)).toEqual([]);
    const file = await call('reports.exportXlsx', { filter: H1, language: 'sv', audience: 'internal' });
    const wb = readWorkbook(Buffer.from(file.base64, 'base64'));
    expect(wb.sheets['Resultat vid avslut']!.slice(2)).toEqual([
      ['Deltagare som avslutade under perioden', 3],
      ['I utbildning', 1],
      ['Har fått en kvalifikation', 1],
      ['I arbete, inklusive som egenföretagare', 2],
      ['Söker arbete', 1],
    ]);
    const csv = await call('reports.exportCsv', { filter: H1, language: 'en', audience: 'internal' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text).toContain('Results six months after exit');
    expect(text).toContain('Improved labour-market situation');
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactKind } from '@shared/api/contacts';
import type { ProgrammeReport, ReportCell, ReportTableId } from '@shared/api/reports';
import { externalProblems } from '../helpers/cellAudit';
import { readWorkbook, sheetText } from '../helpers/workbook';
import { buildReportFixture, call, ids, reportStore } from '../helpers/reportFixture';

/**
 * Time in the programme (issue 13) on the report's fixed dataset (tests/helpers/reportFixture.ts), with contacts and
 * sessions added at the end of the period (2025-06-30). Every figure is checked against values worked out by hand
 * and against SQL written here, independently of the report's code.
 *
 * Contacts (the report counts companies A and B; C is not in the period):
 *   A Alfa (Örebro): 2025-01-15 visit Karin 2 h (with notes and a next step); 2025-03-05 phone Lars 0.5 h;
 *                    2024-12-20 visit Karin 1.5 h (before the period)
 *   B Beta (Örebro): 2025-02-10 office Lars 1.25 h; 2025-03-01 video Lars 0.75 h
 *   C Gamma (Västerås): 2025-02-05 visit Karin 3 h (company not in the period)
 *   → 2 companies, 4 contacts, 4.5 h; Karin 1 contact 2 h, Lars 3 contacts 2.5 h; per kind one each but e-mail.
 * Sessions and attendance:
 *   act1 (A, a1–a6, planned 10 h): 2025-02-05 3 h a1 3, a2 3, a3 2.5, a6 3; 2025-02-12 3 h a1 3, a4 3, a5 1.5
 *   act5 (B, b1 b2, planned 6 h): 2025-03-03 2 h b1 2, b2 2
 *   act4 (A, a5): 2024-12-10 2 h a5 2 (before the period);  act7 (C, c1): 2025-02-03 2 h c1 2 (company not in it)
 *   → a1 6, a2 3, a3 2.5, a4 3, a5 1.5, a6 3 (consent withdrawn: not stated), b1 2, b2 2 = 23 h.
 *   women a1 a2 b1: 11 h of 34 planned (3.7 each); men a3 a4 b2: 7.5 of 26 (2.5); non-binary 1.5 of 10; not stated
 *   3 of 10; all 8 participants: 23 of 80 (2.9).
 */

const PERIOD = { from: '2025-01-01', to: '2025-06-30' };
/** Actual hours by gender, worked out above: participants, planned hours, actual hours, actual hours per participant. */
const HAND = {
  woman: [3, 34, 11, 3.7],
  man: [3, 26, 7.5, 2.5],
  non_binary: [1, 10, 1.5, 1.5],
  not_stated: [1, 10, 3, 3],
  total: [8, 80, 23, 2.9],
};
const NOTE = 'HEMLIG ANTECKNING om ägarens hälsa';
const STEP = 'HEMLIGT NÄSTA STEG: ring banken';

function cellsOf(report: ProgrammeReport, id: ReportTableId): Record<string, ReportCell[]> {
  const t = report.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return Object.fromEntries(t.rows.map((r) => [r.key, r.cells]));
}

async function contact(company: string, date: string, kind: ContactKind, advisor: string, hours: number) {
  await call('contacts.create', { companyId: ids[company]!, date, kind, advisor, personIds: [], hours, summary: null, nextSteps: [] });
}

async function session(activity: string, date: string, hours: number, attendance: Array<[string, number]>) {
  await call('sessions.create', {
    activityId: ids[activity]!,
    date,
    hours,
    note: null,
    attendance: attendance.map(([person, h]) => ({ personId: ids[person]!, hours: h })),
  });
}

beforeAll(async () => {
  await buildReportFixture();
  reportStore().clock.set(new Date('2025-06-30T10:00:00.000Z'));
  await call('contacts.create', {
    companyId: ids['A']!,
    date: '2025-01-15',
    kind: 'visit',
    advisor: 'Karin',
    personIds: [ids['a1']!],
    hours: 2,
    summary: NOTE,
    nextSteps: [{ text: STEP, dueDate: '2025-07-10', ownerText: null, ownerPersonId: ids['a1']!, done: false }],
  });
  await contact('A', '2025-03-05', 'phone', 'Lars', 0.5);
  await contact('A', '2024-12-20', 'visit', 'Karin', 1.5);
  await contact('B', '2025-02-10', 'office', 'Lars', 1.25);
  await contact('B', '2025-03-01', 'video', 'Lars', 0.75);
  await contact('C', '2025-02-05', 'visit', 'Karin', 3);
  await session('act1', '2025-02-05', 3, [
    ['a1', 3],
    ['a2', 3],
    ['a3', 2.5],
    ['a6', 3],
  ]);
  await session('act1', '2025-02-12', 3, [
    ['a1', 3],
    ['a4', 3],
    ['a5', 1.5],
  ]);
  await session('act5', '2025-03-03', 2, [
    ['b1', 2],
    ['b2', 2],
  ]);
  await session('act4', '2024-12-10', 2, [['a5', 2]]);
  await session('act7', '2025-02-03', 2, [['c1', 2]]);
});

afterAll(() => reportStore().cleanup());

/** The companies the report counts in the period, as the fixture describes them. */
const inReport = () => [ids['A']!, ids['B']!];

describe('advisor hours in the programme report', () => {
  it('sums the contacts of the period by kind, office, advisor and company, as hand-worked', async () => {
    const r = await call('reports.programme', PERIOD);
    expect(cellsOf(r, 'advisorTime')).toEqual({ companiesContacted: [2], contacts: [4], advisorHours: [4.5] });
    // contacts, companies, advisor hours
    expect(cellsOf(r, 'advisorHoursByKind')).toEqual({
      visit: [1, 1, 2],
      office: [1, 1, 1.25],
      phone: [1, 1, 0.5],
      video: [1, 1, 0.75],
      email: [0, 0, 0],
    });
    expect(cellsOf(r, 'advisorHoursByOffice')).toEqual({ Örebro: [4, 2, 4.5] });
    expect(cellsOf(r, 'advisorHoursByAdvisor')).toEqual({ Karin: [1, 1, 2], Lars: [3, 2, 2.5] });
    const byCompany = r.tables.find((t) => t.id === 'advisorHoursByCompany')!;
    expect(byCompany.rows.map((x) => [x.label, ...x.cells])).toEqual([
      ['Alfa AB', 2, 2.5],
      ['Beta AB', 2, 2],
    ]);
  });

  it('agrees with SQL over the contacts table', async () => {
    const r = await call('reports.programme', PERIOD);
    const db = reportStore().db;
    const [A, B] = inReport();
    const grouped = async (column: 'kind' | 'advisor' | 'office') =>
      Object.fromEntries(
        (
          await sql<{ k: string; n: number; companies: number; hours: number }>`
            SELECT ${sql.ref(column === 'office' ? 'co.office' : `c.${column}`)} AS k, COUNT(*) AS n,
                   COUNT(DISTINCT c.company_id) AS companies, SUM(c.hours) AS hours
              FROM contacts c JOIN companies co ON co.id = c.company_id
             WHERE c.date BETWEEN ${PERIOD.from} AND ${PERIOD.to} AND c.company_id IN (${A}, ${B})
             GROUP BY k`.execute(db)
        ).rows.map((x) => [x.k, [x.n, x.companies, x.hours]]),
      );
    const nonZero = (t: Record<string, ReportCell[]>) => Object.fromEntries(Object.entries(t).filter(([, c]) => c[0] !== 0));
    expect(nonZero(cellsOf(r, 'advisorHoursByKind'))).toEqual(await grouped('kind'));
    expect(cellsOf(r, 'advisorHoursByAdvisor')).toEqual(await grouped('advisor'));
    expect(cellsOf(r, 'advisorHoursByOffice')).toEqual(await grouped('office'));
    const total = (
      await sql<{ n: number; companies: number; hours: number }>`
        SELECT COUNT(*) AS n, COUNT(DISTINCT company_id) AS companies, SUM(hours) AS hours FROM contacts
         WHERE date BETWEEN ${PERIOD.from} AND ${PERIOD.to} AND company_id IN (${A}, ${B})`.execute(db)
    ).rows[0]!;
    expect(cellsOf(r, 'advisorTime')).toEqual({ companiesContacted: [total.companies], contacts: [total.n], advisorHours: [total.hours] });
  });

  it('follows the office and advisor filters of the report', async () => {
    const lars = await call('reports.programme', { ...PERIOD, advisor: 'Lars' });
    // Company B only (its advisor is Lars): its two contacts, both by Lars.
    expect(cellsOf(lars, 'advisorTime')).toEqual({ companiesContacted: [1], contacts: [2], advisorHours: [2] });
    const vasteras = await call('reports.programme', { ...PERIOD, office: 'Västerås' });
    expect(cellsOf(vasteras, 'advisorTime')).toEqual({ companiesContacted: [0], contacts: [0], advisorHours: [0] });
    expect(cellsOf(vasteras, 'advisorHoursByOffice')).toEqual({});
  });
});

describe('actual participant hours in the programme report', () => {
  it('shows attended hours beside planned hours by consented gender, as hand-worked', async () => {
    const r = await call('reports.programme', PERIOD);
    expect(cellsOf(r, 'actualHoursByGender')).toEqual(HAND);
  });

  it('agrees with SQL over the attendance tables, with gender only from consented people', async () => {
    const r = await call('reports.programme', PERIOD);
    const [A, B] = inReport();
    const rows = (
      await sql<{ g: string; hours: number }>`
        SELECT CASE WHEN p.followup_consent = 1 AND p.gender IS NOT NULL THEN p.gender ELSE 'not_stated' END AS g,
               SUM(sa.hours) AS hours
          FROM session_attendance sa
          JOIN activity_sessions s ON s.id = sa.session_id
          JOIN activities a ON a.id = s.activity_id
          JOIN plans pl ON pl.id = a.plan_id
          JOIN people p ON p.id = sa.person_id
         WHERE s.date BETWEEN ${PERIOD.from} AND ${PERIOD.to} AND pl.company_id IN (${A}, ${B}) AND a.status != 'cancelled'
         GROUP BY g`.execute(reportStore().db)
    ).rows;
    const table = cellsOf(r, 'actualHoursByGender');
    for (const x of rows) expect(table[x.g]![2]).toBe(x.hours);
    expect(table['total']![2]).toBe(rows.reduce((s, x) => s + x.hours, 0));
  });

  it('hides figures about fewer than five people outside the office, and what would give them away', async () => {
    const r = await call('reports.programme', { ...PERIOD, audience: 'external' });
    const internal = await call('reports.programme', { ...PERIOD, audience: 'internal' });
    const table = cellsOf(r, 'actualHoursByGender');
    for (const g of ['woman', 'man', 'non_binary', 'not_stated']) expect(table[g]).toEqual(['<5', '<5', '<5', '<5']);
    expect(externalProblems(internal.tables, r.tables)).toEqual([]);
    // Hours of companies are not about people: shown; the per-company table is left out (sole traders' names).
    expect(cellsOf(r, 'advisorTime')['advisorHours']).toEqual([4.5]);
    expect(r.tables.some((t) => t.id === 'advisorHoursByCompany')).toBe(false);
    expect(JSON.stringify(r.tables)).not.toMatch(/Alfa|Beta|Gamma|Person/);
  });
});

describe('the time tables in the exports', () => {
  /** The workbook with each sheet's first row (the internal/external mark) left out. */
  const xlsx = async (audience: 'internal' | 'external', language: 'sv' | 'en') => {
    const wb = readWorkbook(Buffer.from((await call('reports.exportXlsx', { filter: PERIOD, language, audience })).base64, 'base64'));
    for (const name of wb.sheetNames) wb.sheets[name] = wb.sheets[name]!.slice(1);
    return wb;
  };

  it('are sheets of the workbook, read back with openpyxl, in both languages', async () => {
    const en = await xlsx('internal', 'en');
    expect(en.sheets['Actual hours by gender']).toEqual([
      ['Category', 'Participants', 'Planned hours', 'Actual hours', 'Actual hours per participant'],
      ['Women', ...HAND.woman],
      ['Men', ...HAND.man],
      ['Non-binary', ...HAND.non_binary],
      ['Not stated', ...HAND.not_stated],
      ['All participants', ...HAND.total],
    ]);
    expect(en.sheets['Advisor time']).toEqual([
      ['Category', 'Value'],
      ['Companies with at least one contact in the period', 2],
      ['Contacts', 4],
      ['Advisor hours', 4.5],
    ]);
    expect(en.sheets['Hours by kind of contact']![1]).toEqual(['Visit at the company', 1, 1, 2]);
    expect(en.sheets['Advisor hours by advisor']).toEqual([
      ['Category', 'Contacts', 'Companies', 'Advisor hours'],
      ['Karin', 1, 1, 2],
      ['Lars', 3, 2, 2.5],
    ]);
    expect(en.sheets['Advisor hours per company']![1]).toEqual(['Alfa AB', 2, 2.5]);
    const sv = await xlsx('external', 'sv');
    expect(sv.sheets['Faktiska timmar per kön']![5]![0]).toBe('Alla deltagare');
    expect(sv.sheets['Rådgivartimmar per kontor']).toEqual([
      ['Kategori', 'Kontakter', 'Företag', 'Rådgivartimmar'],
      ['Örebro', 4, 2, 4.5],
    ]);
    expect(sv.sheetNames).not.toContain('Rådgivartimmar per företag');
  });

  it('never carry a contact’s notes or next steps: not the report, the workbook nor the CSV', async () => {
    const texts: string[] = [];
    for (const audience of ['internal', 'external'] as const) {
      texts.push(JSON.stringify(await call('reports.programme', { ...PERIOD, audience })));
      for (const language of ['sv', 'en'] as const) {
        const wb = await xlsx(audience, language);
        texts.push(wb.sheetNames.map((n) => sheetText(wb.sheets[n]!)).join('\n'));
        const csv = await call('reports.exportCsv', { filter: PERIOD, language, audience });
        texts.push(Buffer.from(csv.base64, 'base64').toString('utf8'));
      }
    }
    // The contact with the notes counts (Karin's one contact, 2 h), so its row was read; its words never were.
    expect(texts[0]).toContain('{"key":"Karin","label":null,"cells":[1,1,2]}');
    for (const text of texts) {
      expect(text).not.toContain('HEMLIG');
      expect(text).not.toContain('ring banken');
      expect(text).not.toContain('2025-07-10');
    }
  });
});

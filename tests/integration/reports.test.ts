import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeReport, ReportCell, ReportTableId } from '@shared/api/reports';
import { en, sv } from '@shared/i18n';
import { externalProblems } from '../helpers/cellAudit';
import { readWorkbook, sheetText } from '../helpers/workbook';
import type { Workbook } from '../helpers/workbook';
import { buildReportFixture, call, ids, reportRouter, reportStore } from '../helpers/reportFixture';

// The dataset and the figures worked out by hand are described in tests/helpers/reportFixture.ts.
beforeAll(buildReportFixture);

afterAll(() => reportStore().cleanup());

const PERIOD = { from: '2025-01-01', to: '2025-06-30' };

function cellsOf(report: ProgrammeReport, id: ReportTableId): Record<string, ReportCell[]> {
  const t = report.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return Object.fromEntries(t.rows.map((r) => [r.key, r.cells]));
}

describe('the programme report from a fixed dataset', () => {
  it('counts companies in the period, by municipality, size and section, with their status changes', async () => {
    const r = await call('reports.programme', PERIOD);
    expect(cellsOf(r, 'summary')).toEqual({
      companies: [2],
      participants: [8],
      activities: [4],
      hours: [22],
      costSek: [10000],
      participantHours: [80],
    });
    expect(cellsOf(r, 'companyEvents')).toEqual({ enrolled: [1], completed: [0], withdrawn: [1] });
    expect(cellsOf(r, 'companiesByMunicipality')).toEqual({ '1880': [1], '1980': [1] });
    expect(cellsOf(r, 'companiesBySize')).toEqual({ solo: [1], micro: [1], small: [0], not_stated: [0] });
    expect(cellsOf(r, 'companiesBySection2007')).toEqual({ G: [1], J: [1] });
    expect(cellsOf(r, 'companiesBySection2025')).toEqual({});
    expect(r.offices).toEqual(['Västerås', 'Örebro']);
    expect(r.advisors).toEqual(['Karin', 'Lars']);
  });

  it('counts each participant once, by gender and by every indicator broken down by gender', async () => {
    const r = await call('reports.programme', PERIOD);
    expect(cellsOf(r, 'participantsByGender')).toEqual({ woman: [3], man: [3], non_binary: [1], not_stated: [1] });
    // columns: total, women, men, non-binary, not stated
    expect(cellsOf(r, 'participantsByAgeBand')).toEqual({
      under_18: [0, 0, 0, 0, 0],
      '18_29': [1, 1, 0, 0, 0],
      '30_54': [5, 2, 2, 1, 0],
      '55_plus': [1, 0, 1, 0, 0],
      not_stated: [1, 0, 0, 0, 1],
    });
    expect(cellsOf(r, 'participantsByEducation')).toEqual({
      isced_0_2: [1, 0, 1, 0, 0],
      isced_3_4: [4, 2, 2, 0, 0],
      isced_5_8: [2, 1, 0, 1, 0],
      not_stated: [1, 0, 0, 0, 1],
    });
    expect(cellsOf(r, 'participantsByEmployment')).toEqual({
      employed: [5, 3, 1, 1, 0],
      unemployed: [1, 0, 1, 0, 0],
      long_term_unemployed: [1, 0, 1, 0, 0],
      inactive: [0, 0, 0, 0, 0],
      not_stated: [1, 0, 0, 0, 1],
    });
    expect(cellsOf(r, 'participantsByForeignBackground')).toEqual({
      yes: [3, 1, 2, 0, 0],
      no: [4, 2, 1, 1, 0],
      not_stated: [1, 0, 0, 0, 1],
    });
    expect(cellsOf(r, 'participantsByThirdCountry')).toEqual({ yes: [2, 0, 2, 0, 0], no: [5, 3, 1, 1, 0], not_stated: [1, 0, 0, 0, 1] });
    expect(cellsOf(r, 'participantsByDisability')).toEqual({ yes: [1, 1, 0, 0, 0], no: [6, 2, 3, 1, 0], not_stated: [1, 0, 0, 0, 1] });
  });

  it('sums hours and cost by activity type and provider kind, and hours per participant by gender', async () => {
    const r = await call('reports.programme', PERIOD);
    expect(cellsOf(r, 'hoursByGender')).toEqual({
      woman: [3, 34, 11.3],
      man: [3, 26, 8.7],
      non_binary: [1, 10, 10],
      not_stated: [1, 10, 10],
    });
    // activities, participants, hours, cost
    expect(cellsOf(r, 'activitiesByType')).toEqual({
      course: [1, 6, 10, 5000],
      workshop: [1, 0, 2, 0],
      coaching: [1, 2, 4, 2000],
      mentoring: [1, 2, 6, 3000],
    });
    expect(cellsOf(r, 'activitiesByProviderKind')).toEqual({
      education_provider: [1, 6, 10, 5000],
      consultant: [2, 4, 10, 5000],
      none: [1, 0, 2, 0],
    });
    expect(cellsOf(r, 'accessibility')).toEqual({ adaptedActivities: [1], adaptedParticipants: [6] });
  });

  it('measures progress from the baseline to the latest follow-up within the period, and goals reached', async () => {
    const r = await call('reports.programme', PERIOD);
    expect(cellsOf(r, 'progressTotal')).toEqual({
      companiesWithProgress: [2],
      meanBaselineScore: [19],
      meanLatestScore: [44],
      meanScoreChange: [25],
      totalBaselineGap: [4],
      totalLatestGap: [1],
      totalGapChange: [-3],
      companiesWithGoals: [2],
      companiesReachedGoals: [1],
    });
    const byCompany = r.tables.find((t) => t.id === 'progressByCompany')!;
    expect(byCompany.rows.map((x) => [x.label, ...x.cells])).toEqual([
      ['Alfa AB', 38, 63, 25, 4, 1, -3, 2, 1],
      ['Beta AB', 0, 25, 25, null, null, null, 1, 1],
    ]);
  });

  it('keeps a withdrawn company in the period it belongs to', async () => {
    const march = await call('reports.programme', { from: '2025-03-01', to: '2025-03-31' });
    expect(cellsOf(march, 'summary')['companies']).toEqual([2]);
    expect(cellsOf(march, 'companyEvents')).toEqual({ enrolled: [0], completed: [0], withdrawn: [1] });
    // a1 a2 (act2) and b1 b2 (act5).
    expect(cellsOf(march, 'participantsByGender')).toEqual({ woman: [3], man: [1], non_binary: [0], not_stated: [0] });

    const later = await call('reports.programme', { from: '2025-04-01', to: '2025-06-30' });
    expect(cellsOf(later, 'summary')['companies']).toEqual([1]);
    expect(cellsOf(later, 'companyEvents')).toEqual({ enrolled: [0], completed: [0], withdrawn: [0] });
    expect(cellsOf(later, 'participantsByGender')).toEqual({ woman: [2], man: [0], non_binary: [0], not_stated: [0] });

    // Company C completed before the period: neither it nor its February activity counts.
    const feb = await call('reports.programme', { from: '2025-02-01', to: '2025-02-28' });
    expect(cellsOf(feb, 'summary')['companies']).toEqual([2]);
    expect(cellsOf(feb, 'activitiesByType')['course']).toEqual([1, 6, 10, 5000]);
  });

  it('filters by office and advisor', async () => {
    const karin = await call('reports.programme', { ...PERIOD, advisor: 'Karin' });
    expect(cellsOf(karin, 'summary')['companies']).toEqual([1]);
    expect(cellsOf(karin, 'summary')['participants']).toEqual([6]);
    const vasteras = await call('reports.programme', { ...PERIOD, office: 'Västerås' });
    expect(cellsOf(vasteras, 'summary')['companies']).toEqual([0]);
    const orebro = await call('reports.programme', { ...PERIOD, office: 'Örebro', advisor: '' });
    expect(cellsOf(orebro, 'summary')['participants']).toEqual([8]);
  });

  it('hides figures about fewer than 5 people outside the office, and what would give them away, naming no company', async () => {
    const r = await call('reports.programme', { ...PERIOD, audience: 'external' });
    const internal = await call('reports.programme', { ...PERIOD, audience: 'internal' });
    // 8 participants, 3 + 3 + 1 + 1 by gender: every gender is "<5"; so few that the total goes too.
    expect(cellsOf(r, 'participantsByGender')).toEqual({ woman: ['<5'], man: ['<5'], non_binary: ['<5'], not_stated: ['<5'] });
    expect(cellsOf(r, 'hoursByGender')['woman']).toEqual(['<5', '<5', '<5']);
    expect(cellsOf(r, 'activitiesByType')['course']).toEqual([1, 6, 10, 5000]);
    expect(cellsOf(r, 'activitiesByType')['coaching']).toEqual([1, '<5', 4, 2000]);
    expect(cellsOf(r, 'accessibility')['adaptedParticipants']).toEqual([6]);
    // Whatever else is hidden, no hidden figure can be worked out from what is shown.
    expect(externalProblems(internal.tables, r.tables)).toEqual([]);
    expect(r.tables.some((t) => t.id === 'progressByCompany')).toBe(false);
    expect(JSON.stringify(r.tables)).not.toMatch(/Alfa|Beta|Gamma|Person/);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await reportRouter().handle('reports.programme', { from: '2025-06-30', to: '2025-01-01' });
    expect(r.ok ? null : r.error.code).toBe('report.periodReversed');
  });
});

describe('the exports', () => {
  const NAMES = {
    sv: { internal: 'programrapport-INTERN_2025-01-01_2025-06-30', external: 'programrapport-extern_2025-01-01_2025-06-30' },
    en: { internal: 'programme-report-INTERNAL_2025-01-01_2025-06-30', external: 'programme-report-external_2025-01-01_2025-06-30' },
  };
  const MARKS = { sv: sv.reports.file, en: en.reports.file };
  /** The workbook, after checking its name and that every sheet starts with the audience's mark. */
  const xlsxOf = async (audience: 'internal' | 'external', language: 'sv' | 'en') => {
    const file = await call('reports.exportXlsx', { filter: PERIOD, language, audience });
    expect(file.fileName).toBe(`${NAMES[language][audience]}.xlsx`);
    const wb = readWorkbook(Buffer.from(file.base64, 'base64'));
    const mark = audience === 'external' ? MARKS[language].markExternal : MARKS[language].markInternal;
    for (const name of wb.sheetNames) expect(wb.sheets[name]![0]).toEqual([mark]);
    return wb;
  };
  /** A sheet's rows below the mark. */
  const rowsOf = (wb: Workbook, sheet: string) => {
    const rows = wb.sheets[sheet];
    if (!rows) throw new Error(`no sheet ${sheet} in ${wb.sheetNames.join(', ')}`);
    return rows.slice(1);
  };

  it('writes a real workbook, one sheet per table, with headers and numbers as numbers', async () => {
    const wb = await xlsxOf('internal', 'en');
    expect(wb.sheetNames).toHaveLength(29);
    expect(wb.sheetNames.slice(0, 3)).toEqual(['About', 'Summary', 'Company status changes']);
    expect(wb.sheetNames.every((n) => n.length <= 31)).toBe(true);
    expect(rowsOf(wb, 'Participants by gender')).toEqual([
      ['Category', 'Participants'],
      ['Women', 3],
      ['Men', 3],
      ['Non-binary', 1],
      ['Not stated', 1],
    ]);
    expect(rowsOf(wb, 'Hours per participant by gender')[1]).toEqual(['Women', 3, 34, 11.3]);
    expect(rowsOf(wb, 'Companies by municipality').slice(1)).toEqual([
      ['Örebro', 1],
      ['Västerås', 1],
    ]);
    expect(rowsOf(wb, 'County subtotals')).toEqual([
      ['Category', 'Companies', 'Participants', 'Women', 'Men', 'Non-binary', 'Not stated'],
      ['Örebro County', 1, ...rowsOf(wb, 'County subtotals')[1]!.slice(2)],
      ['Västmanland County', 1, ...rowsOf(wb, 'County subtotals')[2]!.slice(2)],
      ['Other county', 0, 0, 0, 0, 0, 0],
      ['Not stated', 0, 0, 0, 0, 0, 0],
    ]);
    expect(rowsOf(wb, 'Progress per company')[1]).toEqual(['Alfa AB', 38, 63, 25, 4, 1, -3, 2, 1]);
  });

  it('writes the suppressed version for outside the office, in Swedish, without names', async () => {
    const wb = await xlsxOf('external', 'sv');
    expect(wb.sheetNames).not.toContain('Utveckling per företag');
    expect(rowsOf(wb, 'Deltagare per kön')).toEqual([
      ['Kategori', 'Deltagare'],
      ['Kvinnor', '<5'],
      ['Män', '<5'],
      ['Icke-binära', '<5'],
      ['Ej angivet', '<5'],
    ]);
    expect(rowsOf(wb, 'Deltagare per åldersgrupp')[0]).toEqual(['Kategori', 'Totalt', 'Kvinnor', 'Män', 'Icke-binära', 'Ej angivet']);
    const everything = wb.sheetNames.map((n) => sheetText(wb.sheets[n]!)).join('\n');
    expect(everything).not.toMatch(/Alfa|Beta|Gamma|Person|556/);
  });

  it('writes CSV with a BOM, semicolons, CRLF and a table column', async () => {
    const file = await call('reports.exportCsv', { filter: PERIOD, language: 'sv', audience: 'internal' });
    expect(file.fileName).toBe(`${NAMES.sv.internal}.csv`);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"Tabell";"Kategori";"Mått";"Värde"\r\n')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toContain('"Timmar per deltagare och kön";"Kvinnor";"Timmar per deltagare";"11,3"');
    expect(lines).toContain('"Deltagare per kön";"Män";"Deltagare";"3"');
    expect(lines).toContain('"Aktiviteter per typ";"Kurs";"Kostnad (kr)";"5000"');
    const externalFile = await call('reports.exportCsv', { filter: PERIOD, language: 'en', audience: 'external' });
    expect(externalFile.fileName).toBe(`${NAMES.en.external}.csv`);
    const external = Buffer.from(externalFile.base64, 'base64').toString('utf8');
    expect(external).toContain('"Participants by gender";"Women";"Participants";"<5"');
    expect(external).not.toMatch(/Alfa|Beta|Person/);
  });

  it('exports the participant list only with explicit confirmation, each person once with first start and last end', async () => {
    const refused = await reportRouter().handle('reports.participantList', { filter: PERIOD, language: 'sv', confirmPersonalData: false });
    expect(refused.ok ? null : refused.error.code).toBe('validation');
    const missing = await reportRouter().handle('reports.participantList', { filter: PERIOD, language: 'sv' });
    expect(missing.ok ? null : missing.error.code).toBe('validation');

    const file = await call('reports.participantList', { filter: PERIOD, language: 'sv', confirmPersonalData: true });
    expect(file.fileName).toBe('deltagare_2025-01-01_2025-06-30.csv');
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"Namn";"Personnummer";"Företag";"Startdatum";"Slutdatum";"Aktiviteter";"Timmar"');
    expect(lines).toHaveLength(1 + 8);
    expect(lines).toContain('"Person A1";"";"Alfa AB";"2025-02-01";"2025-04-30";"2";"14"');
    expect(lines).toContain('"Person B2";"";"Beta AB";"2025-03-01";"2025-03-10";"1";"6"');
    expect(lines.some((l) => l.includes('Person A7') || l.includes('Person C1') || l.includes('Person B3'))).toBe(false);
  });
});

describe('the overview', () => {
  it('shows companies by status, follow-ups due, and activities soon or overdue', async () => {
    const o = await call('overview.get', {});
    expect(o.today).toBe('2025-04-20');
    expect(o.companiesByStatus).toEqual({ prospect: 0, enrolled: 1, completed: 1, withdrawn: 1 });
    expect(o.dueForFollowUp.map((d) => [d.companyName, d.daysLeft, d.overdue])).toEqual([['Alfa AB', 11, false]]);
    expect(o.roundsInProgress).toEqual([]);
    const states = Object.fromEntries(o.activities.map((a) => [a.activityId, a.state]));
    expect(states).toEqual({
      [ids['act1']!]: 'overdue',
      [ids['act4']!]: 'overdue',
      [ids['act5']!]: 'overdue',
      [ids['act7']!]: 'overdue',
      [ids['act8']!]: 'soon',
    });
  });
});

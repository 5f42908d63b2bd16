import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import type { ProgrammeReport, ReportCell, ReportTableId } from '@shared/api/reports';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { readWorkbook, sheetText } from '../helpers/workbook';
import type { Workbook } from '../helpers/workbook';

/**
 * The programme report from a fixed dataset, every figure checked against values worked out by hand below.
 *
 * Companies (period 2025-01-01 – 2025-06-30):
 *   A Alfa AB   Örebro office, Karin, 1880 Örebro, 3 employees (micro), SNI 62010 (J), enrolled 2024-12-01
 *   B Beta AB   Örebro office, Lars, 1980 Västerås, 0 employees (solo), SNI 47110 (G), enrolled 2025-02-01,
 *               withdrawn 2025-03-15: stays in reports of periods up to then
 *   C Gamma AB  Västerås office, Karin, 1980, 12 employees (small), enrolled 2024-06-01, completed 2024-12-15: not in
 *               the period, its activity in February does not count
 * People (consent unless noted; ages at 2025):
 *   a1 woman 1990 (30–54) ISCED 5–8 employed, foreign background     a2 woman 2000 (18–29) ISCED 3–4 employed, disability
 *   a3 man 1965 (55+) ISCED 0–2 unemployed, foreign, third country   a4 man 1985 (30–54) ISCED 3–4 employed
 *   a5 non-binary 1995 (30–54) ISCED 5–8 employed                    a6 woman …, consent withdrawn: all 'not stated'
 *   a7 woman, no activity                                            a8 man, only a cancelled activity
 *   b1 woman 1975 (30–54) ISCED 3–4 employed                         b2 man 1992 (30–54) ISCED 3–4 long-term unemployed,
 *   b3 woman, activity only in August                                   foreign, third country
 *   c1 woman (company C)
 * Activities:
 *   act1 A course, education provider, a1–a6, Feb, 10 h, 5 000 kr, accessibility adaptation
 *   act2 A coaching, consultant, a1 a2, Mar–Apr, 4 h, 2 000 kr     act3 A workshop, a8, cancelled (excluded)
 *   act4 A e-learning, a5, Nov–Dec 2024 (outside)                   act5 B mentoring, consultant, b1 b2, Mar 1–10, 6 h, 3 000 kr
 *   act6 B course, b3, Aug (outside)                                act7 C course, c1, Feb (company not in period)
 *   act8 A workshop, no provider, no participants, Apr 25 – May 10, 2 h
 * Participant hours: a1 14, a2 14, a3 10, a4 10, a5 10, a6 10, b1 6, b2 6 = 80.
 *   women a1 a2 b1 = 34 h / 3 = 11.3; men a3 a4 b2 = 26 h / 3 = 8.7; non-binary 10; not stated 10.
 * Rounds (completed): A baseline levels 2,3,2,3 (mean 2.5 → score 38), gaps 2+2+0 = 4; follow-up 2025-05-20 levels
 *   4,4,3,3 (3.5 → 63), gaps 1; goals turnover 1.2/1.0 met, employees 3/4 not met; a later follow-up in August
 *   (all 5s) is after the period and ignored. B baseline 1,1 (score 0), follow-up 2025-03-10 2,2 (25), no ratings,
 *   goal export share 0.3/0.2 met.
 */

let store: TempStore;
let router: Router;
const ids: Record<string, string> = {};

async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await router.handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

const at = (date: string) => store.clock.set(new Date(`${date}T10:00:00.000Z`));

const ENROL = {
  status: 'enrolled' as const,
  growthAmbition: true,
  growthAmbitionDate: '2024-05-01',
  consentBy: 'Ägaren',
  consentAt: '2024-05-01',
  consentScope: 'Kartläggning och uppföljning',
};

type Attrs = Partial<InputOf<'people.create'>>;

async function person(key: string, companyId: string, attrs: Attrs, withdrawConsent = false) {
  const p = await call('people.create', {
    companyId,
    name: `Person ${key.toUpperCase()}`,
    role: 'employee',
    followupConsent: true, // dated by the service: the day the person is registered
    ...attrs,
  });
  ids[key] = p.id;
  if (withdrawConsent) await store.db.updateTable('people').set({ followup_consent: 0 }).where('id', '=', p.id).execute();
}

async function activity(key: string, companyKey: string, fields: Partial<InputOf<'activities.create'>> & { people?: string[] }) {
  const { people = [], ...rest } = fields;
  const a = await call('activities.create', {
    companyId: ids[companyKey]!,
    title: `Aktivitet ${key}`,
    level: people.length ? 'individual' : 'company',
    personIds: people.map((k) => ids[k]!),
    status: 'booked',
    ...rest,
  });
  ids[key] = a.id;
}

async function round(companyKey: string, kind: 'baseline' | 'followup', date: string, levels: number[], ratings: Array<[string, string, number | null, number | null, number | null]>, goals: Array<[number | null, number | null]> = []) {
  const id = uuidv7();
  const now = `${date}T12:00:00.000Z`;
  await sql`INSERT INTO rounds (id, company_id, kind, date, advisor, based_on_round_id, framework_id, framework_version, catalogue_version, vision, last_step, completed_at, completed_by, custom_snapshot, created_at, updated_at, revision)
    VALUES (${id}, ${ids[companyKey]!}, ${kind}, ${date}, 'Karin', NULL, 'situation-assessment', 1, 1, NULL, NULL, ${now}, 'Karin', NULL, ${now}, ${now}, 1)`.execute(store.db);
  for (const [i, level] of levels.entries()) {
    await sql`INSERT INTO round_answers (round_id, question_id, level, note, updated_at) VALUES (${id}, ${`q${i}`}, ${level}, NULL, ${now})`.execute(store.db);
  }
  for (const [i, [personKey, competenceId, required, self, advisor]] of ratings.entries()) {
    await sql`INSERT INTO round_person_competences (round_id, person_id, competence_id, position, required_level, self_level, advisor_level, note, updated_at)
      VALUES (${id}, ${ids[personKey]!}, ${competenceId}, ${i}, ${required}, ${self}, ${advisor}, NULL, ${now})`.execute(store.db);
  }
  for (const [current, target] of goals) {
    await sql`INSERT INTO goals (id, round_id, kind, label, current_value, target_value, target_year, area_ids, created_at, updated_at, revision)
      VALUES (${uuidv7()}, ${id}, 'free', NULL, ${current}, ${target}, NULL, '[]', ${now}, ${now}, 1)`.execute(store.db);
  }
}

beforeAll(async () => {
  store = await makeTempStore({ start: new Date('2024-06-01T10:00:00.000Z') });
  router = createRouter(store.session);

  // Company C: enrolled in June 2024, one activity, completed in December 2024.
  at('2024-06-01');
  ids['C'] = (await call('companies.create', { name: 'Gamma AB', orgNumber: orgNumberFor(3), municipalityCode: '1980', employees: 12, office: 'Västerås', advisor: 'Karin', ...ENROL })).id;
  await person('c1', ids['C'], { gender: 'woman', birthYear: 1980 });
  await activity('act7', 'C', { typeId: 'course', people: ['c1'], plannedStart: '2025-02-01', plannedEnd: '2025-02-10', hours: 5, costSek: 100 });

  at('2024-12-01');
  ids['A'] = (
    await call('companies.create', { name: 'Alfa AB', orgNumber: orgNumberFor(1), municipalityCode: '1880', employees: 3, sniCode: '62010', sniVersion: '2007', office: 'Örebro', advisor: 'Karin', ...ENROL })
  ).id;
  const yes = 'yes' as const;
  const no = 'no' as const;
  await person('a1', ids['A'], { gender: 'woman', birthYear: 1990, educationLevel: 'isced_5_8', employmentStatus: 'employed', foreignBackground: yes, thirdCountryNational: no, disability: no });
  await person('a2', ids['A'], { gender: 'woman', birthYear: 2000, educationLevel: 'isced_3_4', employmentStatus: 'employed', foreignBackground: no, thirdCountryNational: no, disability: yes });
  await person('a3', ids['A'], { gender: 'man', birthYear: 1965, educationLevel: 'isced_0_2', employmentStatus: 'unemployed', foreignBackground: yes, thirdCountryNational: yes, disability: no });
  await person('a4', ids['A'], { gender: 'man', birthYear: 1985, educationLevel: 'isced_3_4', employmentStatus: 'employed', foreignBackground: no, thirdCountryNational: no, disability: no });
  await person('a5', ids['A'], { gender: 'non_binary', birthYear: 1995, educationLevel: 'isced_5_8', employmentStatus: 'employed', foreignBackground: no, thirdCountryNational: no, disability: no });
  await person('a6', ids['A'], { gender: 'woman', birthYear: 1990, educationLevel: 'isced_5_8', employmentStatus: 'employed', foreignBackground: yes, thirdCountryNational: yes, disability: yes }, true);
  await person('a7', ids['A'], { gender: 'woman', birthYear: 1980, educationLevel: 'isced_5_8', employmentStatus: 'employed' });
  await person('a8', ids['A'], { gender: 'man', birthYear: 1970 });

  at('2024-12-15');
  await call('companies.update', { id: ids['C'], patch: { status: 'completed' } });

  at('2025-02-01');
  ids['B'] = (
    await call('companies.create', { name: 'Beta AB', orgNumber: orgNumberFor(2), municipalityCode: '1980', employees: 0, sniCode: '47110', sniVersion: '2007', office: 'Örebro', advisor: 'Lars', ...ENROL })
  ).id;
  await person('b1', ids['B'], { gender: 'woman', birthYear: 1975, educationLevel: 'isced_3_4', employmentStatus: 'employed', foreignBackground: no, thirdCountryNational: no, disability: no });
  await person('b2', ids['B'], { gender: 'man', birthYear: 1992, educationLevel: 'isced_3_4', employmentStatus: 'long_term_unemployed', foreignBackground: yes, thirdCountryNational: yes, disability: no });
  await person('b3', ids['B'], { gender: 'woman', birthYear: 1999 });

  const edu = await call('providers.create', { name: 'Folkhögskolan', kind: 'education_provider' });
  const consultant = await call('providers.create', { name: 'Konsultbyrån', kind: 'consultant' });
  await activity('act1', 'A', { typeId: 'course', providerId: edu.id, people: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], plannedStart: '2025-02-01', plannedEnd: '2025-02-28', hours: 10, costSek: 5000 });
  await activity('act2', 'A', { typeId: 'coaching', providerId: consultant.id, people: ['a1', 'a2'], plannedStart: '2025-03-01', plannedEnd: '2025-04-30', hours: 4, costSek: 2000 });
  await activity('act3', 'A', { typeId: 'workshop', people: ['a8'], plannedStart: '2025-03-01', plannedEnd: '2025-03-01', hours: 3, costSek: 1000, status: 'cancelled' });
  await activity('act4', 'A', { typeId: 'e_learning', providerId: edu.id, people: ['a5'], plannedStart: '2024-11-01', plannedEnd: '2024-12-31', hours: 8 });
  await activity('act5', 'B', { typeId: 'mentoring', providerId: consultant.id, people: ['b1', 'b2'], plannedStart: '2025-03-01', plannedEnd: '2025-03-10', hours: 6, costSek: 3000 });
  await activity('act6', 'B', { typeId: 'course', providerId: edu.id, people: ['b3'], plannedStart: '2025-08-01', plannedEnd: '2025-08-31', hours: 20 });
  await activity('act8', 'A', { typeId: 'workshop', plannedStart: '2025-04-25', plannedEnd: '2025-05-10', hours: 2 });
  await sql`UPDATE activities SET accessibility_adaptations = 'Hörslinga och skrivtolk' WHERE id = ${ids['act1']!}`.execute(store.db);

  await round('A', 'baseline', '2025-01-10', [2, 3, 2, 3], [
    ['a1', 'x', 4, 2, null],
    ['a1', 'y', 3, 3, 1],
    ['a2', 'x', 3, 5, null],
    ['a2', 'z', 4, null, null],
  ]);
  await round('A', 'followup', '2025-05-20', [4, 4, 3, 3], [
    ['a1', 'x', 4, 3, 3],
    ['a1', 'y', 3, null, 3],
    ['a2', 'x', 3, 4, null],
  ], [
    [1.2, 1.0],
    [3, 4],
    [5, null],
  ]);
  await round('A', 'followup', '2025-08-01', [5, 5, 5, 5], [['a1', 'x', 4, 5, 5]], [[9, 1]]);
  await round('B', 'baseline', '2025-02-05', [1, 1], []);
  await round('B', 'followup', '2025-03-10', [2, 2], [], [[0.3, 0.2]]);

  at('2025-03-15');
  await call('companies.update', { id: ids['B'], patch: { status: 'withdrawn' } });

  at('2025-04-20');
  await call('plans.update', { companyId: ids['A'], patch: { nextFollowUp: '2025-05-01' } });
});

afterAll(() => store.cleanup());

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
    expect(cellsOf(r, 'companiesBySection')).toEqual({ G: [1], J: [1] });
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
    expect(cellsOf(r, 'participantsByForeignBackground')).toEqual({ yes: [3, 1, 2, 0, 0], no: [4, 2, 1, 1, 0], not_stated: [1, 0, 0, 0, 1] });
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

  it('hides every figure about fewer than 5 people in the external version, and names no company', async () => {
    const r = await call('reports.programme', { ...PERIOD, audience: 'external' });
    expect(cellsOf(r, 'summary')['participants']).toEqual([8]);
    expect(cellsOf(r, 'participantsByGender')).toEqual({ woman: ['<5'], man: ['<5'], non_binary: ['<5'], not_stated: ['<5'] });
    expect(cellsOf(r, 'participantsByAgeBand')['30_54']).toEqual([5, '<5', '<5', '<5', '<5']);
    expect(cellsOf(r, 'participantsByDisability')['no']).toEqual([6, '<5', '<5', '<5', '<5']);
    expect(cellsOf(r, 'hoursByGender')['woman']).toEqual(['<5', '<5', '<5']);
    expect(cellsOf(r, 'activitiesByType')['course']).toEqual([1, 6, 10, 5000]);
    expect(cellsOf(r, 'activitiesByType')['coaching']).toEqual([1, '<5', 4, 2000]);
    expect(cellsOf(r, 'accessibility')['adaptedParticipants']).toEqual([6]);
    expect(r.tables.some((t) => t.id === 'progressByCompany')).toBe(false);
    expect(JSON.stringify(r.tables)).not.toMatch(/Alfa|Beta|Gamma|Person/);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await router.handle('reports.programme', { from: '2025-06-30', to: '2025-01-01' });
    expect(r.ok ? null : r.error.code).toBe('report.periodReversed');
  });
});

describe('the exports', () => {
  const xlsxOf = async (audience: 'internal' | 'external', language: 'sv' | 'en') => {
    const file = await call('reports.exportXlsx', { filter: PERIOD, language, audience });
    expect(file.fileName).toBe(language === 'sv' ? 'programrapport_2025-01-01_2025-06-30.xlsx' : 'programme-report_2025-01-01_2025-06-30.xlsx');
    return readWorkbook(Buffer.from(file.base64, 'base64'));
  };
  const rowsOf = (wb: Workbook, sheet: string) => {
    const rows = wb.sheets[sheet];
    if (!rows) throw new Error(`no sheet ${sheet} in ${wb.sheetNames.join(', ')}`);
    return rows;
  };

  it('writes a real workbook, one sheet per table, with headers and numbers as numbers', async () => {
    const wb = await xlsxOf('internal', 'en');
    expect(wb.sheetNames).toHaveLength(19);
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
    expect(file.fileName).toBe('programrapport_2025-01-01_2025-06-30.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"Tabell";"Kategori";"Mått";"Värde"\r\n')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toContain('"Timmar per deltagare och kön";"Kvinnor";"Timmar per deltagare";"11,3"');
    expect(lines).toContain('"Deltagare per kön";"Män";"Deltagare";"3"');
    expect(lines).toContain('"Aktiviteter per typ";"Kurs";"Kostnad (kr)";"5000"');
    const external = Buffer.from((await call('reports.exportCsv', { filter: PERIOD, language: 'en', audience: 'external' })).base64, 'base64').toString('utf8');
    expect(external).toContain('"Participants by gender";"Women";"Participants";"<5"');
    expect(external).not.toMatch(/Alfa|Beta|Person/);
  });

  it('exports the participant list only with explicit confirmation, each person once with first start and last end', async () => {
    const refused = await router.handle('reports.participantList', { filter: PERIOD, language: 'sv', confirmPersonalData: false });
    expect(refused.ok ? null : refused.error.code).toBe('validation');
    const missing = await router.handle('reports.participantList', { filter: PERIOD, language: 'sv' });
    expect(missing.ok ? null : missing.error.code).toBe('validation');

    const file = await call('reports.participantList', { filter: PERIOD, language: 'sv', confirmPersonalData: true });
    expect(file.fileName).toBe('deltagare_2025-01-01_2025-06-30.csv');
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"Namn";"Företag";"Startdatum";"Slutdatum";"Aktiviteter";"Timmar"');
    expect(lines).toHaveLength(1 + 8);
    expect(lines).toContain('"Person A1";"Alfa AB";"2025-02-01";"2025-04-30";"2";"14"');
    expect(lines).toContain('"Person B2";"Beta AB";"2025-03-01";"2025-03-10";"1";"6"');
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

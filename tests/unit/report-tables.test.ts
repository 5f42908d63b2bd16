import { describe, expect, it } from 'vitest';
import { REPORT_TABLE_IDS, SUPPRESSED } from '@shared/api/reports';
import type { ReportTable } from '@shared/api/reports';
import type { SniVersion } from '@shared/domain/sni';
import type { ActivityRec, CompanyProgress, CompanyRec, PersonRec } from '../../src-main/services/reports/records';
import {
  activityFigures,
  activityTables,
  companyTables,
  countBy,
  hoursByGenderTable,
  orderedCounts,
  participantTables,
  progressTables,
  reportTables,
} from '../../src-main/services/reports/tables';
import { suppressTables } from '../../src-main/services/reports/suppress';
import type { ReportData } from '../../src-main/services/reports/tables';

/** The programme report's pure table builders, on small hand-made records. */

const company = (id: string, municipality: string, size: string, section: string, sniVersion: SniVersion = '2007'): CompanyRec => ({
  id,
  name: `Företag ${id}`,
  municipality,
  size,
  section,
  sniVersion,
});

const person = (companyId: string, gender: PersonRec['gender'], more: Partial<PersonRec> = {}): PersonRec => ({
  companyId,
  gender,
  ageBand: '30_54',
  education: 'isced_3_4',
  employment: 'employed',
  foreignBackground: 'no',
  thirdCountry: 'no',
  disability: 'no',
  ...more,
});

const activity = (companyId: string, personIds: string[], more: Partial<ActivityRec> = {}): ActivityRec => ({
  companyId,
  type: 'course',
  providerKind: 'education_provider',
  hours: 10,
  cost: 1000,
  start: '2025-02-01',
  end: '2025-02-28',
  adapted: false,
  personIds,
  ...more,
});

const progress = (companyId: string, name: string, more: Partial<CompanyProgress> = {}): CompanyProgress => ({
  companyId,
  name,
  baselineScore: 40,
  latestScore: 60,
  scoreChange: 20,
  baselineGap: 6,
  latestGap: 2,
  gapChange: -4,
  goalsSet: 0,
  goalsMet: 0,
  ...more,
});

const rows = (t: ReportTable) => t.rows.map((r) => [r.key, ...r.cells]);
const byId = (tables: ReportTable[], id: string) => tables.find((t) => t.id === id)!;

describe('counting helpers', () => {
  it('counts keys, and orders them: known keys first (zeros only when asked), then the others sorted', () => {
    const counts = countBy(['b', 'x', 'b', 'a']);
    expect([...counts]).toEqual([
      ['b', 2],
      ['x', 1],
      ['a', 1],
    ]);
    expect(orderedCounts(counts, ['b', 'c'], false)).toEqual([
      ['b', 2],
      ['a', 1],
      ['x', 1],
    ]);
    expect(orderedCounts(counts, ['b', 'c'], true)).toEqual([
      ['b', 2],
      ['c', 0],
      ['a', 1],
      ['x', 1],
    ]);
  });
});

describe('the company tables', () => {
  it('sort municipalities and sections by code with other and not stated last, and sizes in their order with zeros', () => {
    const companies = new Map(
      [
        company('1', '1880', 'micro', 'F'),
        company('2', 'other', 'solo', 'C'),
        company('3', '1814', 'micro', 'not_stated'),
        company('4', '1880', 'micro', 'C'),
      ].map((c) => [c.id, c]),
    );
    const tables = companyTables(companies);
    expect(rows(byId(tables, 'companiesByMunicipality'))).toEqual([
      ['1814', 1],
      ['1880', 2],
      ['other', 1],
    ]);
    expect(rows(byId(tables, 'companiesBySize'))).toEqual([
      ['solo', 1],
      ['micro', 3],
      ['small', 0],
      ['not_stated', 0],
    ]);
    expect(rows(byId(tables, 'companiesBySection2007'))).toEqual([
      ['C', 2],
      ['F', 1],
      ['not_stated', 1],
    ]);
    expect(rows(byId(tables, 'companiesBySection2025'))).toEqual([]);
  });

  it('count SNI 2007 and SNI 2025 in tables of their own, which add up to the companies', () => {
    const companies = new Map(
      [company('1', '1880', 'micro', 'J'), company('2', '1880', 'micro', 'J', '2025'), company('3', '1880', 'solo', 'K', '2025')].map(
        (c) => [c.id, c],
      ),
    );
    const tables = companyTables(companies);
    expect(rows(byId(tables, 'companiesBySection2007'))).toEqual([['J', 1]]);
    expect(rows(byId(tables, 'companiesBySection2025'))).toEqual([
      ['J', 1],
      ['K', 1],
    ]);
  });
});

describe('the activity figures', () => {
  const activities = [
    activity('A', ['p1', 'p2'], { hours: 10, cost: 5000, adapted: true }),
    activity('A', ['p1'], { type: 'coaching', providerKind: 'consultant', hours: 4, cost: 2000 }),
    activity('A', [], { type: 'workshop', providerKind: 'none', hours: 2.005, cost: 0 }),
  ];

  it('sum hours per participant, each participant once, and the adapted ones', () => {
    const f = activityFigures(activities);
    expect([...f.participantHours]).toEqual([
      ['p1', 14],
      ['p2', 10],
    ]);
    expect([...f.adaptedPeople]).toEqual(['p1', 'p2']);
    expect(f).toMatchObject({ adaptedActivities: 1, totalHours: 16.005, totalCost: 7000 });
  });

  it('become tables by type and by provider kind in their natural order, and the accessibility measures', () => {
    const tables = activityTables(activityFigures(activities));
    expect(rows(byId(tables, 'activitiesByType'))).toEqual([
      ['course', 1, 2, 10, 5000],
      ['workshop', 1, 0, 2.01, 0],
      ['coaching', 1, 1, 4, 2000],
    ]);
    expect(rows(byId(tables, 'activitiesByProviderKind'))).toEqual([
      ['education_provider', 1, 2, 10, 5000],
      ['consultant', 1, 1, 4, 2000],
      ['none', 1, 0, 2.01, 0],
    ]);
    expect(rows(byId(tables, 'accessibility'))).toEqual([
      ['adaptedActivities', 1],
      ['adaptedParticipants', 2],
    ]);
    const external = suppressTables(activityTables(activityFigures(activities)));
    expect(rows(byId(external, 'activitiesByType'))[0]).toEqual(['course', 1, SUPPRESSED, 10, 5000]);
  });
});

describe('the participant tables', () => {
  const people = new Map<string, PersonRec>([
    ['w1', person('A', 'woman', { ageBand: 'under_18' })],
    ['w2', person('A', 'woman', { education: 'isced_5_8' })],
    ['m1', person('A', 'man', { ageBand: 'not_stated', employment: 'unemployed' })],
  ]);

  it('count by gender and break every indicator down by gender, keeping every known row', () => {
    const tables = participantTables([...people.values()]);
    expect(rows(byId(tables, 'participantsByGender'))).toEqual([
      ['woman', 2],
      ['man', 1],
      ['non_binary', 0],
      ['not_stated', 0],
    ]);
    const age = byId(tables, 'participantsByAgeBand');
    expect(age.columns).toEqual(['total', 'woman', 'man', 'non_binary', 'not_stated']);
    expect(rows(age)).toEqual([
      ['under_18', 1, 1, 0, 0, 0],
      ['18_29', 0, 0, 0, 0, 0],
      ['30_54', 1, 1, 0, 0, 0],
      ['55_plus', 0, 0, 0, 0, 0],
      ['not_stated', 1, 0, 1, 0, 0],
    ]);
    expect(rows(byId(tables, 'participantsByEmployment'))[1]).toEqual(['unemployed', 1, 0, 1, 0, 0]);
  });

  it('give hours per participant by gender, to one decimal', () => {
    const hours = new Map([
      ['w1', 10],
      ['w2', 5],
      ['m1', 4],
    ]);
    expect(rows(hoursByGenderTable(people, hours))).toEqual([
      ['woman', 2, 15, 7.5],
      ['man', 1, 4, 4],
      ['non_binary', 0, 0, null],
      ['not_stated', 0, 0, null],
    ]);
    expect(rows(suppressTables([hoursByGenderTable(people, hours)])[0]!)[0]).toEqual(['woman', SUPPRESSED, SUPPRESSED, SUPPRESSED]);
  });
});

describe('the progress tables', () => {
  const list = [
    progress('b', 'Örjans Bygg', { goalsSet: 2, goalsMet: 2 }),
    progress('a', 'Alfa AB', { latestScore: null, scoreChange: null, latestGap: 3, gapChange: -3, goalsSet: 1, goalsMet: 0 }),
  ];

  it('average the scores and sum the gaps of the companies that have them, and count goals reached', () => {
    const [total] = progressTables(list, true);
    expect(rows(total!)).toEqual([
      ['companiesWithProgress', 2],
      ['meanBaselineScore', 40],
      ['meanLatestScore', 60],
      ['meanScoreChange', 20],
      ['totalBaselineGap', 12],
      ['totalLatestGap', 5],
      ['totalGapChange', -7],
      ['companiesWithGoals', 2],
      ['companiesReachedGoals', 1],
    ]);
  });

  it('list companies by name, the Swedish way, only in the internal version', () => {
    expect(progressTables(list, true).map((t) => t.id)).toEqual(['progressTotal']);
    const byCompany = progressTables(list, false)[1]!;
    expect(byCompany.rows.map((r) => [r.key, r.label])).toEqual([
      ['a', 'Alfa AB'],
      ['b', 'Örjans Bygg'],
    ]);
    expect(list.map((p) => p.companyId)).toEqual(['b', 'a']);
  });

  it('are empty of figures when no company has two completed rounds', () => {
    expect(rows(progressTables([], false)[0]!).map((r) => r[1])).toEqual([0, null, null, null, null, null, null, 0, 0]);
    expect(progressTables([], false)[1]!.rows).toEqual([]);
  });
});

describe('the whole report', () => {
  it("builds every table, in the contract's order, from one set of records", () => {
    const data: ReportData = {
      companies: new Map([['A', company('A', '1880', 'micro', 'C')]]),
      changed: { enrolled: new Set(['A']), completed: new Set(), withdrawn: new Set() },
      people: new Map([
        ['p1', person('A', 'woman')],
        ['p2', person('A', 'man')],
        ['p3', person('A', 'man')],
      ]),
      activities: [activity('A', ['p1', 'p2'], { hours: 3, cost: 100.555 })],
      progress: [],
    };
    const tables = reportTables(data, false);
    expect(tables.map((t) => t.id)).toEqual([...REPORT_TABLE_IDS]);
    expect(rows(tables[0]!)).toEqual([
      ['companies', 1],
      ['participants', 2],
      ['activities', 1],
      ['hours', 3],
      ['costSek', 100.56],
      ['participantHours', 6],
    ]);
    expect(rows(tables[1]!)).toEqual([
      ['enrolled', 1],
      ['completed', 0],
      ['withdrawn', 0],
    ]);
    const external = reportTables(data, true);
    expect(external.map((t) => t.id)).not.toContain('progressByCompany');
    expect(rows(external[0]!)[1]).toEqual(['participants', SUPPRESSED]);
  });
});

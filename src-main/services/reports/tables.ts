import { ACTIVITY_TYPE_IDS, PROVIDER_KINDS } from '@shared/api/plans';
import type { ReportColumn, ReportTable, ReportTableId, RowKind } from '@shared/api/reports';
import { AGE_BANDS, EDUCATION_LEVELS, EMPLOYMENT_STATUSES, GENDERS, YES_NO_UNSTATED } from '@shared/domain/person';
import type { Gender } from '@shared/domain/person';
import { oneDecimal, row, table, twoDecimals } from './cells';
import { countyTable } from './county';
import { NOT_STATED } from './records';
import type { ActivityRec, CompanyProgress, CompanyRec, PersonRec } from './records';
import { NO_RESULTS, resultTables } from './results';
import type { ParticipantResults } from './results';
import { suppressTables } from './suppress';
import { actualHoursTable, advisorTimeTables } from './timeTables';
import type { ContactRec } from './timeTables';

/**
 * The programme report's tables, built from loaded records without touching the store. Audience 'external'
 * hides small figures about people and the figures that would give them away (suppress.ts) and leaves out the
 * per-company tables (company names of sole traders are people's names).
 */

const GENDER_COLUMNS: ReportColumn[] = ['total', ...GENDERS];
/** Municipalities and sections sort by code, with these last. */
const LAST_KEYS: ReadonlySet<string> = new Set(['other', NOT_STATED]);

export function countBy<K extends string>(keys: Iterable<K>): Map<K, number> {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** Keys in their natural order, then any others that occur (sorted), with their counts. */
export function orderedCounts(counts: Map<string, number>, order: readonly string[], keepZero: boolean): Array<[string, number]> {
  const known = order.filter((k) => keepZero || (counts.get(k) ?? 0) > 0).map((k): [string, number] => [k, counts.get(k) ?? 0]);
  const others = [...counts.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...others.map((k): [string, number] => [k, counts.get(k)!])];
}

interface ActivityGroup {
  activities: number;
  hours: number;
  cost: number;
  people: Set<string>;
}

/** One pass over the activities: participants (each once), their hours, and the activity figures. */
export interface ActivityFigures {
  participantHours: Map<string, number>;
  adaptedPeople: Set<string>;
  byType: Map<string, ActivityGroup>;
  byProvider: Map<string, ActivityGroup>;
  adaptedActivities: number;
  totalHours: number;
  totalCost: number;
}

export function activityFigures(activities: readonly ActivityRec[]): ActivityFigures {
  const f: ActivityFigures = {
    participantHours: new Map(),
    adaptedPeople: new Set(),
    byType: new Map(),
    byProvider: new Map(),
    adaptedActivities: 0,
    totalHours: 0,
    totalCost: 0,
  };
  for (const a of activities) {
    f.totalHours += a.hours;
    f.totalCost += a.cost;
    if (a.adapted) f.adaptedActivities++;
    for (const [map, key] of [
      [f.byType, a.type],
      [f.byProvider, a.providerKind],
    ] as const) {
      let s = map.get(key);
      if (!s) map.set(key, (s = { activities: 0, hours: 0, cost: 0, people: new Set() }));
      s.activities++;
      s.hours += a.hours;
      s.cost += a.cost;
      for (const p of a.personIds) s.people.add(p);
    }
    for (const p of a.personIds) {
      f.participantHours.set(p, (f.participantHours.get(p) ?? 0) + a.hours);
      if (a.adapted) f.adaptedPeople.add(p);
    }
  }
  return f;
}

/** Everything the tables are built from. */
export interface ReportData {
  companies: ReadonlyMap<string, CompanyRec>;
  changed: { enrolled: ReadonlySet<string>; completed: ReadonlySet<string>; withdrawn: ReadonlySet<string> };
  people: ReadonlyMap<string, PersonRec>;
  activities: readonly ActivityRec[];
  progress: CompanyProgress[];
  /** Contacts with the companies dated in the period (none when left out). */
  contacts?: readonly ContactRec[];
  /** Attended hours per participant at sessions dated in the period (none when left out). */
  actualHours?: ReadonlyMap<string, number>;
  /** ESF+ results of the participants who left or were followed up in the period (none when left out). */
  results?: ParticipantResults;
}

/** Every table of the report, in the order they are shown. */
export function reportTables(data: ReportData, external: boolean): ReportTable[] {
  const figures = activityFigures(data.activities);
  const participants = [...figures.participantHours.keys()].map((id) => data.people.get(id)!);
  const [companiesByMunicipality, ...otherCompanyTables] = companyTables(data.companies);
  const tables = [
    ...summaryTables(data, figures, participants.length),
    companiesByMunicipality!,
    countyTable(data.companies, participants),
    ...otherCompanyTables,
    ...participantTables(participants),
    hoursByGenderTable(data.people, figures.participantHours),
    actualHoursTable(data.people, figures.participantHours, data.actualHours ?? new Map()),
    ...activityTables(figures),
    ...resultTables(data.results ?? NO_RESULTS),
    ...advisorTimeTables(data.companies, data.contacts ?? [], external),
    ...progressTables(data.progress, external),
  ];
  return external ? suppressTables(tables) : tables;
}

export function summaryTables(data: ReportData, figures: ActivityFigures, participants: number): ReportTable[] {
  const sumParticipantHours = [...figures.participantHours.values()].reduce((s, h) => s + h, 0);
  return [
    table(
      'summary',
      'measure',
      ['value'],
      [
        row('companies', [data.companies.size]),
        row('participants', [participants]),
        row('activities', [data.activities.length]),
        row('hours', [twoDecimals(figures.totalHours)]),
        row('costSek', [twoDecimals(figures.totalCost)]),
        row('participantHours', [twoDecimals(sumParticipantHours)]),
      ],
    ),
    table(
      'companyEvents',
      'status',
      ['companies'],
      [
        row('enrolled', [data.changed.enrolled.size]),
        row('completed', [data.changed.completed.size]),
        row('withdrawn', [data.changed.withdrawn.size]),
      ],
    ),
  ];
}

/**
 * Companies by municipality, size class and SNI section. SNI 2007 and SNI 2025 are never counted in one table (a
 * section letter means different things in each): each version has its own, and a company counts in the table of the
 * version its code was recorded in, so that the two together add up to the companies. No mapping between them.
 */
export function companyTables(companies: ReadonlyMap<string, CompanyRec>): ReportTable[] {
  const all = [...companies.values()];
  const companyTable = (
    id: ReportTableId,
    kind: RowKind,
    key: (c: CompanyRec) => string,
    order: readonly string[],
    keepZero: boolean,
    list: readonly CompanyRec[] = all,
  ) =>
    table(
      id,
      kind,
      ['companies'],
      orderedCounts(countBy(list.map(key)), order, keepZero).map(([k, n]) => row(k, [n])),
    );
  const inVersion = (v: CompanyRec['sniVersion']) => all.filter((c) => c.sniVersion === v);
  const tables = [
    companyTable('companiesByMunicipality', 'municipality', (c) => c.municipality, [], false),
    companyTable('companiesBySize', 'sizeClass', (c) => c.size, ['solo', 'micro', 'small', NOT_STATED], true),
    companyTable('companiesBySection2007', 'sni2007Section', (c) => c.section, [], false, inVersion('2007')),
    companyTable('companiesBySection2025', 'sni2025Section', (c) => c.section, [], false, inVersion('2025')),
  ];
  // Municipalities and sections sort by code, with 'other' and 'not stated' last.
  for (const t of tables) {
    if (t.id === 'companiesBySize') continue;
    t.rows.sort((a, b) => Number(LAST_KEYS.has(a.key)) - Number(LAST_KEYS.has(b.key)) || a.key.localeCompare(b.key));
  }
  return tables;
}

/** Participants: by gender, and each indicator broken down by gender. */
export function participantTables(participants: readonly PersonRec[]): ReportTable[] {
  const byGender = countBy(participants.map((p) => p.gender));
  const breakdown = (id: ReportTableId, kind: RowKind, key: (p: PersonRec) => string, order: readonly string[]) => {
    const counts = new Map<string, Map<Gender, number>>();
    for (const p of participants) {
      const k = key(p);
      let m = counts.get(k);
      if (!m) counts.set(k, (m = new Map()));
      m.set(p.gender, (m.get(p.gender) ?? 0) + 1);
    }
    const keys = [...order, ...[...counts.keys()].filter((k) => !order.includes(k)).sort()];
    return table(
      id,
      kind,
      GENDER_COLUMNS,
      keys.map((k) => {
        const m = counts.get(k) ?? new Map<Gender, number>();
        const total = [...m.values()].reduce((s, n) => s + n, 0);
        return row(k, [total, ...GENDERS.map((g) => m.get(g) ?? 0)]);
      }),
    );
  };
  return [
    table(
      'participantsByGender',
      'gender',
      ['participants'],
      GENDERS.map((g) => row(g, [byGender.get(g) ?? 0])),
    ),
    breakdown('participantsByAgeBand', 'ageBand', (p) => p.ageBand, [...AGE_BANDS, NOT_STATED]),
    breakdown('participantsByEducation', 'education', (p) => p.education, EDUCATION_LEVELS),
    breakdown('participantsByEmployment', 'employment', (p) => p.employment, EMPLOYMENT_STATUSES),
    breakdown('participantsByForeignBackground', 'yesNo', (p) => p.foreignBackground, YES_NO_UNSTATED),
    breakdown('participantsByThirdCountry', 'yesNo', (p) => p.thirdCountry, YES_NO_UNSTATED),
    breakdown('participantsByDisability', 'yesNo', (p) => p.disability, YES_NO_UNSTATED),
  ];
}

/** Hours per participant by gender: is training reaching women and men equally? */
export function hoursByGenderTable(people: ReadonlyMap<string, PersonRec>, participantHours: ReadonlyMap<string, number>): ReportTable {
  const genderHours = new Map<Gender, { n: number; hours: number }>();
  for (const [id, hours] of participantHours) {
    const g = people.get(id)!.gender;
    const s = genderHours.get(g) ?? { n: 0, hours: 0 };
    s.n++;
    s.hours += hours;
    genderHours.set(g, s);
  }
  return table(
    'hoursByGender',
    'gender',
    ['participants', 'participantHours', 'hoursPerParticipant'],
    GENDERS.map((g) => {
      const s = genderHours.get(g) ?? { n: 0, hours: 0 };
      return row(g, [s.n, twoDecimals(s.hours), s.n ? oneDecimal(s.hours / s.n) : null]);
    }),
  );
}

/** Activities by type and by provider kind, and the accessibility measures. */
export function activityTables(figures: ActivityFigures): ReportTable[] {
  const activityTable = (id: ReportTableId, kind: RowKind, map: Map<string, ActivityGroup>, order: readonly string[]) =>
    table(
      id,
      kind,
      ['activities', 'participants', 'hours', 'costSek'],
      orderedCounts(new Map([...map].map(([k, s]) => [k, s.activities])), order, false).map(([k]) => {
        const s = map.get(k)!;
        return row(k, [s.activities, s.people.size, twoDecimals(s.hours), twoDecimals(s.cost)]);
      }),
    );
  return [
    activityTable('activitiesByType', 'activityType', figures.byType, [...ACTIVITY_TYPE_IDS, NOT_STATED]),
    activityTable('activitiesByProviderKind', 'providerKind', figures.byProvider, [...PROVIDER_KINDS, 'none']),
    table(
      'accessibility',
      'measure',
      ['value'],
      [row('adaptedActivities', [figures.adaptedActivities]), row('adaptedParticipants', [figures.adaptedPeople.size])],
    ),
  ];
}

const mean = (xs: Array<number | null>) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? oneDecimal(v.reduce((s, x) => s + x, 0) / v.length) : null;
};
const sum = (xs: Array<number | null>) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((s, x) => s + x, 0) : null;
};

/** Progress between the baseline and the latest completed follow-up; per company only for the office itself. */
export function progressTables(progress: CompanyProgress[], external: boolean): ReportTable[] {
  const withGoals = progress.filter((p) => p.goalsSet > 0);
  const tables = [
    table(
      'progressTotal',
      'measure',
      ['value'],
      [
        row('companiesWithProgress', [progress.length]),
        row('meanBaselineScore', [mean(progress.map((p) => p.baselineScore))]),
        row('meanLatestScore', [mean(progress.map((p) => p.latestScore))]),
        row('meanScoreChange', [mean(progress.map((p) => p.scoreChange))]),
        row('totalBaselineGap', [sum(progress.map((p) => p.baselineGap))]),
        row('totalLatestGap', [sum(progress.map((p) => p.latestGap))]),
        row('totalGapChange', [sum(progress.map((p) => p.gapChange))]),
        row('companiesWithGoals', [withGoals.length]),
        row('companiesReachedGoals', [withGoals.filter((p) => p.goalsMet === p.goalsSet).length]),
      ],
    ),
  ];
  if (!external) {
    tables.push(
      table(
        'progressByCompany',
        'company',
        ['baselineScore', 'latestScore', 'scoreChange', 'baselineGap', 'latestGap', 'gapChange', 'goalsSet', 'goalsMet'],
        [...progress]
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((p) =>
            row(
              p.companyId,
              [p.baselineScore, p.latestScore, p.scoreChange, p.baselineGap, p.latestGap, p.gapChange, p.goalsSet, p.goalsMet],
              p.name,
            ),
          ),
      ),
    );
  }
  return tables;
}

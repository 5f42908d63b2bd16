import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { AppError } from '@shared/api/errors';
import { addDays } from '@shared/clock';
import { ACTIVITY_TYPE_IDS, PROVIDER_KINDS } from '@shared/api/plans';
import { ACTIVITY_WINDOW_DAYS, SMALL_CELL_LIMIT, SUPPRESSED } from '@shared/api/reports';
import type {
  Audience,
  Overview,
  OverviewActivity,
  ProgrammeReport,
  ReportCell,
  ReportColumn,
  ReportFilter,
  ReportRow,
  ReportTable,
  ReportTableId,
  RowKind,
} from '@shared/api/reports';
import type { ActivityStatus } from '@shared/api/plans';
import type { RoundKind } from '@shared/api/assessments';
import { COMPANY_STATUSES, sizeClass } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import { scoreFromLevels } from '@shared/domain/frameworks';
import { AGE_BANDS, EDUCATION_LEVELS, EMPLOYMENT_STATUSES, GENDERS, YES_NO_UNSTATED, ageBand } from '@shared/domain/person';
import type { Gender } from '@shared/domain/person';
import { sniSection } from '@shared/domain/sni';
import type { SniVersion } from '@shared/domain/sni';
import type { Database } from '../store/schema';
import { systemClock } from '../store/transaction';
import type { ServiceDeps } from '../store/transaction';
import type { AssessmentTables } from './assessments/tables';
import { dueForFollowUp } from './plans';
import { jsonIds } from './providers';
import type { ActivitiesTable, PlanTables } from './providers';

/**
 * Programme follow-up (issue 7): the advisor's overview and the programme report.
 *
 * The report loads the columns it needs once (companies, status events, people, activities, providers, completed
 * rounds and their per-round aggregates) and aggregates in one pass in JS: no per-company queries.
 *
 * Rules:
 * - A company is in the report when it matches the office/advisor filter and was enrolled at some moment of the
 *   period (its status at the start was 'enrolled', or it became enrolled during it). A company withdrawn or
 *   completed in March therefore counts in a report for Jan–Mar and not in one for Apr–Jun.
 * - Participants are the people of those companies with at least one activity (not cancelled) whose planned dates
 *   overlap the period; each counts once however many activities they take.
 * - Follow-up attributes count only with the person's follow-up consent; otherwise they are 'not_stated'.
 * - Audience 'external' replaces every figure about fewer than SMALL_CELL_LIMIT people with "<5" and leaves out the
 *   per-company table (company names of sole traders are people's names).
 */

export interface StatusEventsTable {
  id: string;
  company_id: string;
  status: string;
  at: string;
}

export interface ReportTables {
  company_status_events: StatusEventsTable;
  activities: ActivitiesTable & { accessibility_adaptations: string | null };
}

export type ReportDb = Kysely<Database & AssessmentTables & PlanTables & ReportTables>;

export function rdb(db: Kysely<Database>): ReportDb {
  return db as unknown as ReportDb;
}

const NOT_STATED = 'not_stated';
const GENDER_COLUMNS: ReportColumn[] = ['total', ...GENDERS];
const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const twoDecimals = (n: number) => Math.round(n * 100) / 100;

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined, fallback: T): T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

// ---------- overview ----------

export async function getOverview(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<Overview> {
  const r = rdb(db);
  const today = deps.today();
  const soon = addDays(today, ACTIVITY_WINDOW_DAYS);
  const statusRows = await r
    .selectFrom('companies')
    .select(['status', sql<number>`count(*)`.as('n')])
    .where('archived_at', 'is', null)
    .groupBy('status')
    .execute();
  const companiesByStatus = Object.fromEntries(COMPANY_STATUSES.map((s) => [s, 0])) as Record<CompanyStatus, number>;
  for (const row of statusRows) if (row.status in companiesByStatus) companiesByStatus[row.status as CompanyStatus] = Number(row.n);

  const rounds = await r
    .selectFrom('rounds')
    .innerJoin('companies', 'companies.id', 'rounds.company_id')
    .select(['rounds.id as roundId', 'rounds.kind', 'rounds.date', 'companies.id as companyId', 'companies.name as companyName', 'companies.advisor'])
    .where('rounds.completed_at', 'is', null)
    .where('companies.archived_at', 'is', null)
    .orderBy('rounds.date')
    .orderBy('companies.sort_name')
    .limit(100)
    .execute();

  const activities = await r
    .selectFrom('activities')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .innerJoin('companies', 'companies.id', 'plans.company_id')
    .select([
      'activities.id as activityId',
      'activities.title',
      'activities.status',
      'activities.planned_start as plannedStart',
      'activities.planned_end as plannedEnd',
      'companies.id as companyId',
      'companies.name as companyName',
      'companies.advisor',
    ])
    .where('activities.status', 'not in', ['done', 'cancelled'])
    .where('companies.archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('activities.planned_start', '>=', today), eb('activities.planned_start', '<=', soon)]),
        eb('activities.planned_end', '<', today),
      ]),
    )
    .orderBy('activities.planned_start')
    .orderBy('companies.sort_name')
    .limit(100)
    .execute();

  return {
    today,
    companiesByStatus,
    dueForFollowUp: await dueForFollowUp(db, deps),
    roundsInProgress: rounds.map((x) => ({ ...x, kind: x.kind as RoundKind })),
    activities: activities.map(
      (a): OverviewActivity => ({
        ...a,
        status: a.status as ActivityStatus,
        state: a.plannedEnd !== null && a.plannedEnd < today ? 'overdue' : 'soon',
      }),
    ),
  };
}

// ---------- the programme report: loading ----------

interface CompanyRec {
  id: string;
  name: string;
  municipality: string;
  size: string;
  section: string;
}

interface PersonRec {
  companyId: string;
  gender: Gender;
  ageBand: string;
  education: string;
  employment: string;
  foreignBackground: string;
  thirdCountry: string;
  disability: string;
}

interface ActivityRec {
  companyId: string;
  type: string;
  providerKind: string;
  hours: number;
  cost: number;
  start: string;
  end: string;
  adapted: boolean;
  personIds: string[];
}

function assertPeriod(filter: ReportFilter): void {
  if (filter.from > filter.to) throw new AppError('report.periodReversed', { from: filter.from, to: filter.to });
}

/** Was the company enrolled at some moment of [from, to]? Events are in time order. */
function enrolledDuring(events: ReadonlyArray<{ status: string; day: string }>, from: string, to: string): boolean {
  let atStart: string | null = null;
  // A company first recorded as completed or withdrawn (seeded, imported) was enrolled until then.
  const first = events[0];
  if (first && (first.status === 'completed' || first.status === 'withdrawn') && first.day >= from && first.day <= to) return true;
  for (const e of events) {
    if (e.day < from) atStart = e.status;
    else if (e.day <= to && e.status === 'enrolled') return true;
  }
  return atStart === 'enrolled';
}

// ---------- building tables ----------

class Cells {
  constructor(private readonly external: boolean) {}
  /** A count of people, or a figure computed from `basis` people: hidden in external reports when too few. */
  people(value: number | null, basis: number = value ?? 0): ReportCell {
    if (this.external && basis < SMALL_CELL_LIMIT) return SUPPRESSED;
    return value;
  }
}

function table(id: ReportTableId, rowKind: RowKind, columns: ReportColumn[], rows: ReportRow[]): ReportTable {
  return { id, rowKind, columns, rows };
}

const row = (key: string, cells: ReportCell[], label: string | null = null): ReportRow => ({ key, label, cells });

function countBy<K extends string>(keys: Iterable<K>): Map<K, number> {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** Keys in their natural order, then any others that occur (sorted), with their counts. */
function orderedCounts(counts: Map<string, number>, order: readonly string[], keepZero: boolean): Array<[string, number]> {
  const known = order.filter((k) => keepZero || (counts.get(k) ?? 0) > 0).map((k): [string, number] => [k, counts.get(k) ?? 0]);
  const others = [...counts.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...others.map((k): [string, number] => [k, counts.get(k)!])];
}

// ---------- the programme report ----------

export async function programmeReport(
  db: Kysely<Database>,
  input: ReportFilter & { audience: Audience },
  deps: ServiceDeps = systemClock,
): Promise<ProgrammeReport> {
  const filter: ReportFilter = { from: input.from, to: input.to, office: input.office ?? null, advisor: input.advisor ?? null };
  assertPeriod(filter);
  const { from, to } = filter;
  const external = input.audience === 'external';
  const cells = new Cells(external);
  const r = rdb(db);

  // Companies matching the filter, and their status history.
  const companyRows = await r
    .selectFrom('companies')
    .select(['id', 'name', 'municipality_code', 'sni_code', 'sni_version', 'employees', 'advisor', 'office'])
    .execute();
  const offices = new Set<string>();
  const advisors = new Set<string>();
  const matching = new Map<string, (typeof companyRows)[number]>();
  for (const c of companyRows) {
    if (c.office) offices.add(c.office);
    if (c.advisor) advisors.add(c.advisor);
    if (filter.office !== null && c.office !== filter.office) continue;
    if (filter.advisor !== null && c.advisor !== filter.advisor) continue;
    matching.set(c.id, c);
  }
  const eventRows = await r.selectFrom('company_status_events').select(['company_id', 'status', 'at']).orderBy('at').orderBy('id').execute();
  const eventsOf = new Map<string, Array<{ status: string; day: string }>>();
  for (const e of eventRows) {
    if (!matching.has(e.company_id)) continue;
    let list = eventsOf.get(e.company_id);
    if (!list) eventsOf.set(e.company_id, (list = []));
    list.push({ status: e.status, day: e.at.slice(0, 10) });
  }

  const companies = new Map<string, CompanyRec>();
  const changed = { enrolled: new Set<string>(), completed: new Set<string>(), withdrawn: new Set<string>() };
  for (const [id, c] of matching) {
    const events = eventsOf.get(id) ?? [];
    for (const e of events) {
      if (e.day >= from && e.day <= to && (e.status === 'enrolled' || e.status === 'completed' || e.status === 'withdrawn')) changed[e.status].add(id);
    }
    if (!enrolledDuring(events, from, to)) continue;
    const section = c.sni_code ? sniSection(c.sni_code, c.sni_version as SniVersion) : undefined;
    companies.set(id, {
      id,
      name: c.name,
      municipality: c.municipality_code ?? NOT_STATED,
      size: c.employees === null ? NOT_STATED : sizeClass(c.employees),
      section: section ?? NOT_STATED,
    });
  }

  // People of those companies, with their consented follow-up attributes.
  const toYear = Number(to.slice(0, 4));
  const personRows = await r
    .selectFrom('people')
    .select([
      'id',
      'company_id',
      'followup_consent',
      'gender',
      'birth_year',
      'foreign_background',
      'third_country_national',
      'disability',
      'education_level',
      'employment_status',
    ])
    .execute();
  const people = new Map<string, PersonRec>();
  for (const p of personRows) {
    if (!companies.has(p.company_id)) continue;
    const ok = p.followup_consent === 1;
    people.set(p.id, {
      companyId: p.company_id,
      gender: ok ? oneOf(GENDERS, p.gender, NOT_STATED) : NOT_STATED,
      ageBand: ok && p.birth_year !== null ? ageBand(p.birth_year, toYear) : NOT_STATED,
      education: ok ? oneOf(EDUCATION_LEVELS, p.education_level, NOT_STATED) : NOT_STATED,
      employment: ok ? oneOf(EMPLOYMENT_STATUSES, p.employment_status, NOT_STATED) : NOT_STATED,
      foreignBackground: ok ? oneOf(YES_NO_UNSTATED, p.foreign_background, NOT_STATED) : NOT_STATED,
      thirdCountry: ok ? oneOf(YES_NO_UNSTATED, p.third_country_national, NOT_STATED) : NOT_STATED,
      disability: ok ? oneOf(YES_NO_UNSTATED, p.disability, NOT_STATED) : NOT_STATED,
    });
  }

  // Activities overlapping the period (not cancelled).
  const providerKinds = new Map((await r.selectFrom('providers').select(['id', 'kind']).execute()).map((p) => [p.id, p.kind]));
  const activityRows = await r
    .selectFrom('activities')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .select([
      'plans.company_id',
      'activities.type_id',
      'activities.provider_id',
      'activities.person_ids',
      'activities.planned_start',
      'activities.planned_end',
      'activities.hours',
      'activities.cost_sek',
      'activities.accessibility_adaptations',
    ])
    .where('activities.status', '!=', 'cancelled')
    .execute();
  const activities: ActivityRec[] = [];
  for (const a of activityRows) {
    if (!companies.has(a.company_id)) continue;
    const start = a.planned_start ?? a.planned_end;
    const end = a.planned_end ?? a.planned_start;
    if (start === null || end === null || start > to || end < from) continue;
    const personIds = [...new Set(jsonIds(a.person_ids))].filter((id) => people.get(id)?.companyId === a.company_id);
    activities.push({
      companyId: a.company_id,
      type: oneOf(ACTIVITY_TYPE_IDS, a.type_id, NOT_STATED),
      providerKind: a.provider_id === null ? 'none' : oneOf(PROVIDER_KINDS, providerKinds.get(a.provider_id), 'other'),
      hours: a.hours ?? 0,
      cost: a.cost_sek ?? 0,
      start,
      end,
      adapted: (a.accessibility_adaptations ?? '').trim() !== '',
      personIds,
    });
  }

  // One pass over the activities: participants (each once), their hours, and the activity figures.
  const participantHours = new Map<string, number>();
  const adaptedPeople = new Set<string>();
  const byType = new Map<string, { activities: number; hours: number; cost: number; people: Set<string> }>();
  const byProvider = new Map<string, { activities: number; hours: number; cost: number; people: Set<string> }>();
  let adaptedActivities = 0;
  let totalHours = 0;
  let totalCost = 0;
  for (const a of activities) {
    totalHours += a.hours;
    totalCost += a.cost;
    if (a.adapted) adaptedActivities++;
    for (const [map, key] of [
      [byType, a.type],
      [byProvider, a.providerKind],
    ] as const) {
      let s = map.get(key);
      if (!s) map.set(key, (s = { activities: 0, hours: 0, cost: 0, people: new Set() }));
      s.activities++;
      s.hours += a.hours;
      s.cost += a.cost;
      for (const p of a.personIds) s.people.add(p);
    }
    for (const p of a.personIds) {
      participantHours.set(p, (participantHours.get(p) ?? 0) + a.hours);
      if (a.adapted) adaptedPeople.add(p);
    }
  }
  const participants = [...participantHours.keys()].map((id) => people.get(id)!);

  const tables: ReportTable[] = [];
  const sumParticipantHours = [...participantHours.values()].reduce((s, h) => s + h, 0);
  tables.push(
    table('summary', 'measure', ['value'], [
      row('companies', [companies.size]),
      row('participants', [cells.people(participants.length)]),
      row('activities', [activities.length]),
      row('hours', [twoDecimals(totalHours)]),
      row('costSek', [twoDecimals(totalCost)]),
      row('participantHours', [cells.people(twoDecimals(sumParticipantHours), participants.length)]),
    ]),
  );
  tables.push(
    table('companyEvents', 'status', ['companies'], [
      row('enrolled', [changed.enrolled.size]),
      row('completed', [changed.completed.size]),
      row('withdrawn', [changed.withdrawn.size]),
    ]),
  );
  const list = [...companies.values()];
  const companyTable = (id: ReportTableId, kind: RowKind, key: (c: CompanyRec) => string, order: readonly string[], keepZero: boolean) =>
    table(id, kind, ['companies'], orderedCounts(countBy(list.map(key)), order, keepZero).map(([k, n]) => row(k, [n])));
  tables.push(companyTable('companiesByMunicipality', 'municipality', (c) => c.municipality, [], false));
  tables.push(companyTable('companiesBySize', 'sizeClass', (c) => c.size, ['solo', 'micro', 'small', NOT_STATED], true));
  tables.push(companyTable('companiesBySection', 'sniSection', (c) => c.section, [], false));
  // Municipalities and sections sort by code, with 'other' and 'not stated' last.
  for (const t of tables.slice(-3)) {
    if (t.id === 'companiesBySize') continue;
    t.rows.sort((a, b) => Number(LAST_KEYS.has(a.key)) - Number(LAST_KEYS.has(b.key)) || a.key.localeCompare(b.key));
  }

  // Participants: by gender, and each indicator broken down by gender.
  const byGender = countBy(participants.map((p) => p.gender));
  tables.push(table('participantsByGender', 'gender', ['participants'], GENDERS.map((g) => row(g, [cells.people(byGender.get(g) ?? 0)]))));
  const breakdown = (id: ReportTableId, kind: RowKind, key: (p: PersonRec) => string, order: readonly string[]) => {
    const counts = new Map<string, Map<Gender, number>>();
    for (const p of participants) {
      const k = key(p);
      let m = counts.get(k);
      if (!m) counts.set(k, (m = new Map()));
      m.set(p.gender, (m.get(p.gender) ?? 0) + 1);
    }
    const keys = [...order, ...[...counts.keys()].filter((k) => !order.includes(k)).sort()];
    tables.push(
      table(
        id,
        kind,
        GENDER_COLUMNS,
        keys.map((k) => {
          const m = counts.get(k) ?? new Map<Gender, number>();
          const total = [...m.values()].reduce((s, n) => s + n, 0);
          return row(k, [cells.people(total), ...GENDERS.map((g) => cells.people(m.get(g) ?? 0))]);
        }),
      ),
    );
  };
  breakdown('participantsByAgeBand', 'ageBand', (p) => p.ageBand, [...AGE_BANDS, NOT_STATED]);
  breakdown('participantsByEducation', 'education', (p) => p.education, EDUCATION_LEVELS);
  breakdown('participantsByEmployment', 'employment', (p) => p.employment, EMPLOYMENT_STATUSES);
  breakdown('participantsByForeignBackground', 'yesNo', (p) => p.foreignBackground, YES_NO_UNSTATED);
  breakdown('participantsByThirdCountry', 'yesNo', (p) => p.thirdCountry, YES_NO_UNSTATED);
  breakdown('participantsByDisability', 'yesNo', (p) => p.disability, YES_NO_UNSTATED);

  // Hours per participant by gender: is training reaching women and men equally?
  const genderHours = new Map<Gender, { n: number; hours: number }>();
  for (const [id, hours] of participantHours) {
    const g = people.get(id)!.gender;
    const s = genderHours.get(g) ?? { n: 0, hours: 0 };
    s.n++;
    s.hours += hours;
    genderHours.set(g, s);
  }
  tables.push(
    table(
      'hoursByGender',
      'gender',
      ['participants', 'participantHours', 'hoursPerParticipant'],
      GENDERS.map((g) => {
        const s = genderHours.get(g) ?? { n: 0, hours: 0 };
        return row(g, [
          cells.people(s.n),
          cells.people(twoDecimals(s.hours), s.n),
          cells.people(s.n ? oneDecimal(s.hours / s.n) : null, s.n),
        ]);
      }),
    ),
  );

  const activityTable = (id: ReportTableId, kind: RowKind, map: typeof byType, order: readonly string[]) =>
    table(
      id,
      kind,
      ['activities', 'participants', 'hours', 'costSek'],
      orderedCounts(new Map([...map].map(([k, s]) => [k, s.activities])), order, false).map(([k]) => {
        const s = map.get(k)!;
        return row(k, [s.activities, cells.people(s.people.size), twoDecimals(s.hours), twoDecimals(s.cost)]);
      }),
    );
  tables.push(activityTable('activitiesByType', 'activityType', byType, [...ACTIVITY_TYPE_IDS, NOT_STATED]));
  tables.push(activityTable('activitiesByProviderKind', 'providerKind', byProvider, [...PROVIDER_KINDS, 'none']));

  tables.push(
    table('accessibility', 'measure', ['value'], [
      row('adaptedActivities', [adaptedActivities]),
      row('adaptedParticipants', [cells.people(adaptedPeople.size)]),
    ]),
  );

  // Progress between the baseline and the latest completed follow-up (dated within the period's end).
  const progress = await progressOf(r, companies, to);
  const n = progress.length;
  const mean = (xs: Array<number | null>) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? oneDecimal(v.reduce((s, x) => s + x, 0) / v.length) : null;
  };
  const sum = (xs: Array<number | null>) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? v.reduce((s, x) => s + x, 0) : null;
  };
  const withGoals = progress.filter((p) => p.goalsSet > 0);
  tables.push(
    table('progressTotal', 'measure', ['value'], [
      row('companiesWithProgress', [n]),
      row('meanBaselineScore', [mean(progress.map((p) => p.baselineScore))]),
      row('meanLatestScore', [mean(progress.map((p) => p.latestScore))]),
      row('meanScoreChange', [mean(progress.map((p) => p.scoreChange))]),
      row('totalBaselineGap', [sum(progress.map((p) => p.baselineGap))]),
      row('totalLatestGap', [sum(progress.map((p) => p.latestGap))]),
      row('totalGapChange', [sum(progress.map((p) => p.gapChange))]),
      row('companiesWithGoals', [withGoals.length]),
      row('companiesReachedGoals', [withGoals.filter((p) => p.goalsMet === p.goalsSet).length]),
    ]),
  );
  if (!external) {
    tables.push(
      table(
        'progressByCompany',
        'company',
        ['baselineScore', 'latestScore', 'scoreChange', 'baselineGap', 'latestGap', 'gapChange', 'goalsSet', 'goalsMet'],
        progress
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((p) =>
            row(p.companyId, [p.baselineScore, p.latestScore, p.scoreChange, p.baselineGap, p.latestGap, p.gapChange, p.goalsSet, p.goalsMet], p.name),
          ),
      ),
    );
  }

  const collator = new Intl.Collator('sv');
  return {
    filter,
    audience: input.audience,
    generatedAt: deps.now().toISOString(),
    tables,
    offices: [...offices].sort(collator.compare),
    advisors: [...advisors].sort(collator.compare),
  };
}

const LAST_KEYS: ReadonlySet<string> = new Set(['other', NOT_STATED]);

interface CompanyProgress {
  companyId: string;
  name: string;
  baselineScore: number | null;
  latestScore: number | null;
  scoreChange: number | null;
  baselineGap: number | null;
  latestGap: number | null;
  gapChange: number | null;
  goalsSet: number;
  goalsMet: number;
}

/**
 * Per company with a completed baseline and a completed follow-up dated on or before `to`: the situation score
 * (0–100 from the mean of all answered levels, as scoreFromLevels), the sum of the competence gaps
 * (max(0, required − current), current = the advisor's level, else the person's own) and, in the latest follow-up,
 * how many goals with a current and a target value there are and how many have reached the target.
 */
async function progressOf(r: ReportDb, companies: ReadonlyMap<string, CompanyRec>, to: string): Promise<CompanyProgress[]> {
  const rounds = await r
    .selectFrom('rounds')
    .select(['id', 'company_id', 'kind', 'date', 'created_at'])
    .where('completed_at', 'is not', null)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
  const pairs = new Map<string, { baseline: string | null; latest: string | null }>();
  for (const x of rounds) {
    if (!companies.has(x.company_id)) continue;
    const p = pairs.get(x.company_id) ?? { baseline: null, latest: null };
    if (x.kind === 'baseline' && p.baseline === null) p.baseline = x.id;
    else if (x.kind === 'followup' && x.date <= to) p.latest = x.id;
    pairs.set(x.company_id, p);
  }
  const complete = [...pairs].filter(([, p]) => p.baseline !== null && p.latest !== null);
  if (complete.length === 0) return [];

  const scores = new Map(
    (
      await r
        .selectFrom('round_answers')
        .select(['round_id', sql<number>`avg(level)`.as('mean')])
        .where('level', 'is not', null)
        .groupBy('round_id')
        .execute()
    ).map((x) => [x.round_id, scoreFromLevels([Number(x.mean)])]),
  );
  const gaps = new Map(
    (
      await sql<{ round_id: string; gap: number }>`
        SELECT round_id, SUM(MAX(0, required_level - COALESCE(advisor_level, self_level))) AS gap
        FROM round_person_competences
        WHERE required_level IS NOT NULL AND COALESCE(advisor_level, self_level) IS NOT NULL
        GROUP BY round_id`.execute(r)
    ).rows.map((x) => [x.round_id, Number(x.gap)]),
  );
  const latestIds = new Set(complete.map(([, p]) => p.latest!));
  const goals = new Map<string, { set: number; met: number }>();
  for (const g of await r
    .selectFrom('goals')
    .select(['round_id', 'current_value', 'target_value'])
    .where('current_value', 'is not', null)
    .where('target_value', 'is not', null)
    .execute()) {
    if (!latestIds.has(g.round_id)) continue;
    const s = goals.get(g.round_id) ?? { set: 0, met: 0 };
    s.set++;
    if (g.current_value! >= g.target_value!) s.met++;
    goals.set(g.round_id, s);
  }
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  return complete.map(([companyId, p]) => {
    const baselineScore = scores.get(p.baseline!) ?? null;
    const latestScore = scores.get(p.latest!) ?? null;
    const baselineGap = gaps.get(p.baseline!) ?? null;
    const latestGap = gaps.get(p.latest!) ?? null;
    const g = goals.get(p.latest!) ?? { set: 0, met: 0 };
    return {
      companyId,
      name: companies.get(companyId)!.name,
      baselineScore,
      latestScore,
      scoreChange: delta(baselineScore, latestScore),
      baselineGap,
      latestGap,
      gapChange: delta(baselineGap, latestGap),
      goalsSet: g.set,
      goalsMet: g.met,
    };
  });
}

// ---------- the participant list (personal data, on explicit request) ----------

export interface ParticipantLine {
  name: string;
  companyName: string;
  start: string;
  end: string;
  activities: number;
  hours: number;
}

/** The report's participants with their first activity start and last activity end within the filter. */
export async function participantLines(db: Kysely<Database>, input: ReportFilter): Promise<ParticipantLine[]> {
  assertPeriod(input);
  const r = rdb(db);
  const filter = { from: input.from, to: input.to };
  const companyRows = await r
    .selectFrom('companies')
    .select(['id', 'name', 'advisor', 'office'])
    .where((eb) => (input.office ? eb('office', '=', input.office) : eb.lit(true)))
    .where((eb) => (input.advisor ? eb('advisor', '=', input.advisor) : eb.lit(true)))
    .execute();
  const events = await r.selectFrom('company_status_events').select(['company_id', 'status', 'at']).orderBy('at').orderBy('id').execute();
  const eventsOf = new Map<string, Array<{ status: string; day: string }>>();
  for (const e of events) {
    const l = eventsOf.get(e.company_id) ?? [];
    l.push({ status: e.status, day: e.at.slice(0, 10) });
    eventsOf.set(e.company_id, l);
  }
  const companies = new Map(companyRows.filter((c) => enrolledDuring(eventsOf.get(c.id) ?? [], filter.from, filter.to)).map((c) => [c.id, c.name]));
  const people = new Map(
    (await r.selectFrom('people').select(['id', 'company_id', 'name']).execute()).filter((p) => companies.has(p.company_id)).map((p) => [p.id, p]),
  );
  const rows = await r
    .selectFrom('activities')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .select(['plans.company_id', 'activities.person_ids', 'activities.planned_start', 'activities.planned_end', 'activities.hours'])
    .where('activities.status', '!=', 'cancelled')
    .execute();
  const lines = new Map<string, ParticipantLine>();
  for (const a of rows) {
    if (!companies.has(a.company_id)) continue;
    const start = a.planned_start ?? a.planned_end;
    const end = a.planned_end ?? a.planned_start;
    if (start === null || end === null || start > filter.to || end < filter.from) continue;
    for (const id of new Set(jsonIds(a.person_ids))) {
      const p = people.get(id);
      if (!p || p.company_id !== a.company_id) continue;
      const l = lines.get(id) ?? { name: p.name, companyName: companies.get(a.company_id)!, start, end, activities: 0, hours: 0 };
      if (start < l.start) l.start = start;
      if (end > l.end) l.end = end;
      l.activities++;
      l.hours += a.hours ?? 0;
      lines.set(id, l);
    }
  }
  const collator = new Intl.Collator('sv');
  return [...lines.values()].sort((a, b) => collator.compare(a.companyName, b.companyName) || collator.compare(a.name, b.name));
}

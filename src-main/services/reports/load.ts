import type { Kysely } from 'kysely';
import { ACTIVITY_TYPE_IDS, PROVIDER_KINDS } from '@shared/api/plans';
import type { ReportFilter } from '@shared/api/reports';
import { sizeClass } from '@shared/domain/company';
import { scoreFromLevels } from '@shared/domain/frameworks';
import { AGE_BANDS, EDUCATION_LEVELS, EMPLOYMENT_STATUSES, GENDERS, YES_NO_UNSTATED, ageBand } from '@shared/domain/person';
import { sniSection } from '@shared/domain/sni';
import type { SniVersion } from '@shared/domain/sni';
import { jsonIds } from '../../store/columns';
import type { Database } from '../../store/schema';
import { enrolledDuring, NOT_STATED, oneOf } from './records';
import type { ActivityRec, CompanyProgress, CompanyRec, PersonRec } from './records';

/**
 * The programme report's data loading: the columns it needs, read once (companies, status events, people,
 * activities, providers, completed rounds and their per-round aggregates), with no per-company queries.
 */

export interface ReportCompanies {
  /** The companies in the report: matching the filter and enrolled at some moment of the period. */
  companies: Map<string, CompanyRec>;
  /** Companies matching the filter whose status became enrolled, completed or withdrawn during the period. */
  changed: { enrolled: Set<string>; completed: Set<string>; withdrawn: Set<string> };
  offices: Set<string>;
  advisors: Set<string>;
}

/** Companies matching the filter, and their status history. */
export async function loadCompanies(r: Kysely<Database>, filter: ReportFilter): Promise<ReportCompanies> {
  const { from, to } = filter;
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
  const eventRows = await r
    .selectFrom('company_status_events')
    .select(['company_id', 'status', 'at'])
    .orderBy('at')
    .orderBy('id')
    .execute();
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
      if (e.day >= from && e.day <= to && (e.status === 'enrolled' || e.status === 'completed' || e.status === 'withdrawn'))
        changed[e.status].add(id);
    }
    if (!enrolledDuring(events, from, to)) continue;
    const section = c.sni_code ? sniSection(c.sni_code, c.sni_version as SniVersion) : undefined;
    companies.set(id, {
      id,
      name: c.name,
      municipality: c.municipality_code ?? NOT_STATED,
      size: c.employees === null ? NOT_STATED : sizeClass(c.employees),
      section: section ?? NOT_STATED,
      sniVersion: c.sni_version === '2025' ? '2025' : '2007',
    });
  }
  return { companies, changed, offices, advisors };
}

/** People of those companies, with their consented follow-up attributes (ages at the end of the period). */
export async function loadPeople(
  r: Kysely<Database>,
  companies: ReadonlyMap<string, CompanyRec>,
  to: string,
): Promise<Map<string, PersonRec>> {
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
      'entry_date',
      'entry_age_band',
      'entry_education_level',
      'entry_employment_status',
    ])
    .execute();
  const people = new Map<string, PersonRec>();
  for (const p of personRows) {
    if (!companies.has(p.company_id)) continue;
    const ok = p.followup_consent === 1;
    // A participant whose entry is recorded counts as at entry (issue 14): the values fixed then.
    const entered = p.entry_date !== null;
    const band = entered ? p.entry_age_band : p.birth_year !== null ? ageBand(p.birth_year, toYear) : null;
    people.set(p.id, {
      companyId: p.company_id,
      gender: ok ? oneOf(GENDERS, p.gender, NOT_STATED) : NOT_STATED,
      ageBand: ok ? oneOf(AGE_BANDS, band, NOT_STATED) : NOT_STATED,
      education: ok ? oneOf(EDUCATION_LEVELS, entered ? p.entry_education_level : p.education_level, NOT_STATED) : NOT_STATED,
      employment: ok ? oneOf(EMPLOYMENT_STATUSES, entered ? p.entry_employment_status : p.employment_status, NOT_STATED) : NOT_STATED,
      foreignBackground: ok ? oneOf(YES_NO_UNSTATED, p.foreign_background, NOT_STATED) : NOT_STATED,
      thirdCountry: ok ? oneOf(YES_NO_UNSTATED, p.third_country_national, NOT_STATED) : NOT_STATED,
      disability: ok ? oneOf(YES_NO_UNSTATED, p.disability, NOT_STATED) : NOT_STATED,
    });
  }
  return people;
}

/** Activities of those companies overlapping the period (not cancelled), with their participants from the company. */
export async function loadActivities(
  r: Kysely<Database>,
  companies: ReadonlyMap<string, CompanyRec>,
  people: ReadonlyMap<string, PersonRec>,
  filter: ReportFilter,
): Promise<ActivityRec[]> {
  const { from, to } = filter;
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
  return activities;
}

/**
 * Per company with a completed baseline and a completed follow-up dated on or before `to`: the situation score
 * (0–100 from the mean of all answered levels, as scoreFromLevels), the sum of the competence gaps
 * (max(0, required − current), current = the advisor's level, else the person's own) and, in the latest follow-up,
 * how many goals with a current and a target value there are and how many have reached the target.
 */
export async function loadProgress(
  r: Kysely<Database>,
  companies: ReadonlyMap<string, CompanyRec>,
  to: string,
): Promise<CompanyProgress[]> {
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

  // Each round's answered levels and gaps, summed as they are written (migration 0230's triggers): one row per round.
  const compared = new Set(complete.flatMap(([, p]) => [p.baseline!, p.latest!]));
  const scores = new Map<string, number | null>();
  const gaps = new Map<string, number>();
  for (const x of await r.selectFrom('round_aggregates').selectAll().execute()) {
    if (!compared.has(x.round_id)) continue;
    if (x.level_count > 0) scores.set(x.round_id, scoreFromLevels([x.level_sum / x.level_count]));
    if (x.gap_count > 0) gaps.set(x.round_id, x.gap_sum);
  }
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

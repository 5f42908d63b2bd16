import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { ActivityAidCheck, AidLine, DeMinimisSummary, DeMinimisTotalRow } from '@shared/api/aid';
import {
  activityAidDate,
  adviceAmount,
  DE_MINIMIS_CEILING_EUR,
  deMinimisTotals,
  inWindow,
  peakTotal,
  roundMoney,
  toEur,
  toSek,
  windowStart,
} from '@shared/domain/deMinimis';
import type { AidCurrency, AidItem, AidRates } from '@shared/domain/deMinimis';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { getSettings } from '../settings';
import { assertCompany } from '../plans/plans';

/**
 * A company's de minimis position (issue 13): the programme's support (the advisor's hours at the hourly rate, and
 * the programme's share of activity costs) and the aid the company declared, over the three years up to today,
 * against the ceiling. The arithmetic and when each grant counts are in src-shared/domain/deMinimis.ts.
 */

async function ratesOf(db: Kysely<Database>): Promise<AidRates> {
  const s = await getSettings(db);
  return { hourlyRateSek: s.hourlyRateSek, eurRate: s.eurRate };
}

function missingRates(rates: AidRates): DeMinimisSummary['missingRates'] {
  return (['hourlyRateSek', 'eurRate'] as const).filter((k) => rates[k] === null);
}

const money = (n: number | null) => (n === null ? null : roundMoney(n));

function line(l: Omit<AidLine, 'amountSek' | 'amountEur' | 'upcoming'>, rates: AidRates, today: string): AidLine {
  const value = (to: typeof toSek) => (l.amount === null ? null : money(to(l.amount, l.currency, rates.eurRate)));
  return { ...l, amountSek: value(toSek), amountEur: value(toEur), upcoming: l.date > today };
}

/** Every grant of the company, in any period: its contacts, its activities with a programme share, its declared aid. */
async function companyLines(db: Kysely<Database>, companyId: string, rates: AidRates, today: string): Promise<AidLine[]> {
  const contacts = await db.selectFrom('contacts').select(['id', 'date', 'hours']).where('company_id', '=', companyId).execute();
  const activities = await db
    .selectFrom('activities')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .select(['activities.id', 'title', 'status', 'planned_start', 'planned_end', 'programme_share_sek'])
    .where('plans.company_id', '=', companyId)
    .where('programme_share_sek', '>', 0)
    .execute();
  const declared = await db.selectFrom('declared_aid').selectAll().where('company_id', '=', companyId).execute();
  const lines: AidLine[] = [];
  for (const c of contacts) {
    const amount = adviceAmount(c.hours, rates.hourlyRateSek);
    lines.push(line({ source: 'advice', id: c.id, date: c.date, title: null, hours: c.hours, amount, currency: 'SEK' }, rates, today));
  }
  for (const a of activities) {
    const date = activityAidDate({ status: a.status, plannedStart: a.planned_start, plannedEnd: a.planned_end }, today);
    if (date === null) continue;
    const base = { source: 'activity' as const, id: a.id, date, title: a.title, hours: null, currency: 'SEK' as const };
    lines.push(line({ ...base, amount: a.programme_share_sek }, rates, today));
  }
  for (const d of declared) {
    const base = { source: 'declared' as const, id: d.id, date: d.date, title: d.granting_body, hours: null };
    lines.push(line({ ...base, amount: d.amount, currency: d.currency as AidCurrency }, rates, today));
  }
  return lines.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source) || a.id.localeCompare(b.id));
}

const itemOf = (l: AidLine): AidItem => ({ source: l.source, date: l.date, amount: l.amount, currency: l.currency });

/**
 * The company's three-year total up to and including today, with `extraSek` more as if granted today, and the lines
 * behind it (plus the programme's grants dated after today, shown as upcoming and not counted).
 */
export async function deMinimisSummary(
  db: Kysely<Database>,
  companyId: string,
  deps: ServiceDeps = systemClock,
  extraSek = 0,
): Promise<DeMinimisSummary> {
  await assertCompany(db, companyId);
  const today = deps.today();
  const rates = await ratesOf(db);
  const all = await companyLines(db, companyId, rates, today);
  const totals = deMinimisTotals(all.map(itemOf), today, rates.eurRate, extraSek);
  return {
    companyId,
    ceilingEur: DE_MINIMIS_CEILING_EUR,
    ...totals,
    ...rates,
    missingRates: missingRates(rates),
    lines: all.filter((l) => l.upcoming || inWindow(l.date, today)),
  };
}

export function aidSummary(db: Kysely<Database>, input: ParsedInputOf<'aid.summary'>, deps: ServiceDeps = systemClock) {
  return deMinimisSummary(db, input.companyId, deps);
}

/**
 * Every company's three-year total today, for a list of all companies: sums in SQL over the period's bounds, and the
 * same arithmetic as one company's summary (each activity share dated by `activityAidDate`).
 */
export async function deMinimisTotalsAll(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<DeMinimisTotalRow[]> {
  const today = deps.today();
  const start = windowStart(today);
  const rates = await ratesOf(db);
  const items = new Map<string, AidItem[]>();
  const add = (companyId: string, item: AidItem) => {
    const list = items.get(companyId);
    if (list) list.push(item);
    else items.set(companyId, [item]);
  };
  const hours = await db
    .selectFrom('contacts')
    .select(['company_id', (eb) => eb.fn.sum<number>('hours').as('hours')])
    .where('date', '>=', start)
    .where('date', '<=', today)
    .groupBy('company_id')
    .execute();
  for (const h of hours) {
    add(h.company_id, { source: 'advice', date: today, amount: adviceAmount(h.hours, rates.hourlyRateSek), currency: 'SEK' });
  }
  const shares = await db
    .selectFrom('activities')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .select(['plans.company_id', 'status', 'planned_start', 'planned_end', 'programme_share_sek'])
    .where('programme_share_sek', '>', 0)
    .execute();
  for (const a of shares) {
    const date = activityAidDate({ status: a.status, plannedStart: a.planned_start, plannedEnd: a.planned_end }, today);
    if (date !== null) add(a.company_id, { source: 'activity', date, amount: a.programme_share_sek, currency: 'SEK' });
  }
  const declared = await db
    .selectFrom('declared_aid')
    .select(['company_id', 'currency', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('date', '>=', start)
    .where('date', '<=', today)
    .groupBy(['company_id', 'currency'])
    .execute();
  for (const d of declared) add(d.company_id, { source: 'declared', date: today, amount: d.amount, currency: d.currency as AidCurrency });
  const companies = await db.selectFrom('companies').select('id').orderBy('id').execute();
  return companies.map(({ id }) => {
    const t = deMinimisTotals(items.get(id) ?? [], today, rates.eurRate, 0, start);
    return { companyId: id, totalSek: t.totalSek, totalEur: t.totalEur, overCeiling: t.overCeiling };
  });
}

/**
 * What the activity's programme share (as typed, before it is saved) would do: the highest three-year total that
 * holds it, with the activity's stored share replaced. Passing the ceiling is a warning for the advisor, not a refusal.
 */
export async function checkActivityAid(
  db: Kysely<Database>,
  input: ParsedInputOf<'aid.checkActivity'>,
  deps: ServiceDeps = systemClock,
): Promise<ActivityAidCheck> {
  const activity = await db
    .selectFrom('activities')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .select(['activities.id', 'plans.company_id', 'status', 'planned_start', 'planned_end'])
    .where('activities.id', '=', input.activityId)
    .executeTakeFirst();
  if (!activity) throw new AppError('plan.activityNotFound', { id: input.activityId });
  const today = deps.today();
  const rates = await ratesOf(db);
  const date = activityAidDate({ status: activity.status, plannedStart: activity.planned_start, plannedEnd: activity.planned_end }, today);
  const share = input.programmeShareSek ?? 0;
  const missing = missingRates(rates);
  if (date === null) {
    return { activityId: activity.id, date, totalEur: null, peakDate: null, remainingEur: null, overCeiling: false, missingRates: missing };
  }
  const lines = await companyLines(db, activity.company_id, rates, today);
  const others = lines.filter((l) => !(l.source === 'activity' && l.id === activity.id));
  const items = [...others.map(itemOf), { source: 'activity' as const, date, amount: share, currency: 'SEK' as const }];
  const peak = peakTotal(items, date, rates.eurRate);
  return {
    activityId: activity.id,
    date,
    totalEur: money(peak.totalEur),
    peakDate: peak.date,
    remainingEur: peak.totalEur === null ? null : roundMoney(DE_MINIMIS_CEILING_EUR - peak.totalEur),
    overCeiling: share > 0 && peak.totalEur !== null && roundMoney(peak.totalEur) > DE_MINIMIS_CEILING_EUR,
    missingRates: missing,
  };
}

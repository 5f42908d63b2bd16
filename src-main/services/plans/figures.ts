import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { addDays, daysBetween } from '@shared/clock';
import { ACTIVITY_STATUSES, FOLLOW_UP_WINDOW_DAYS } from '@shared/api/plans';
import type { ActivityStatus, FollowUpDue, PlanTotals } from '@shared/api/plans';
import { GENDERS } from '@shared/domain/person';
import type { Gender } from '@shared/domain/person';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { jsonIds } from '../../store/columns';
import { activityRows, assertCompany, planPeople } from './plans';
import { activityActualHours, actualHoursByPerson } from '@shared/domain/attendance';
import { countsEveryone } from '@shared/domain/planTotals';
import { sessionsOf } from './sessionRows';

// ---------- totals and the follow-up overview ----------

export async function planTotals(db: Kysely<Database>, input: ParsedInputOf<'plans.totals'>): Promise<PlanTotals> {
  await assertCompany(db, input.companyId);
  const plan = await db.selectFrom('plans').select('id').where('company_id', '=', input.companyId).executeTakeFirst();
  const rows = plan ? await activityRows(db, plan.id) : [];
  const people = await db
    .selectFrom('people')
    .select(['id', 'name', 'role', 'followup_consent', 'gender'])
    .where('company_id', '=', input.companyId)
    .execute();
  const genderOf = new Map(
    people.map((x) => [
      x.id,
      (x.followup_consent === 1 && x.gender && (GENDERS as readonly string[]).includes(x.gender) ? x.gender : 'not_stated') as Gender,
    ]),
  );
  const perPerson = new Map<string, number>(people.map((x) => [x.id, 0]));
  const hoursByGender = Object.fromEntries(GENDERS.map((g) => [g, 0])) as Record<Gender, number>;
  const byStatus = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, { count: 0, hours: 0, costSek: 0 }])) as PlanTotals['byStatus'];
  let totalHours = 0;
  let totalCostSek = 0;
  const order = await planPeople(db, input.companyId);
  // An activity for the whole company without named participants counts everyone, as the printed plan's
  // participant-hours do (domain/planTotals.ts): the screen and the PDF give the same figure.
  const everyone = order.map((x) => x.id);
  // Actual hours: what the sessions recorded (domain/attendance.ts), beside the planned hours; cancelled ones too are left out.
  const sessions = await sessionsOf(
    db,
    rows.filter((r) => r.status !== 'cancelled').map((r) => r.id),
  );
  const actualByPerson = actualHoursByPerson([...sessions.values()].flat());
  const totalActualHours = [...sessions.values()].reduce((sum, list) => sum + activityActualHours(list), 0);
  for (const row of rows) {
    const hours = row.hours ?? 0;
    const cost = row.cost_sek ?? 0;
    const s = byStatus[row.status as ActivityStatus];
    s.count++;
    s.hours += hours;
    s.costSek += cost;
    if (row.status === 'cancelled') continue;
    totalHours += hours;
    totalCostSek += cost;
    const named = jsonIds(row.person_ids);
    for (const personId of countsEveryone({ level: row.level, personIds: named }) ? everyone : named) {
      if (!perPerson.has(personId)) continue;
      perPerson.set(personId, perPerson.get(personId)! + hours);
      hoursByGender[genderOf.get(personId) ?? 'not_stated'] += hours;
    }
  }
  return {
    totalHours,
    totalActualHours,
    totalCostSek,
    hoursByPerson: order.map((x) => ({
      personId: x.id,
      name: x.name,
      hours: perPerson.get(x.id) ?? 0,
      actualHours: actualByPerson.get(x.id) ?? 0,
    })),
    hoursByGender,
    byStatus,
  };
}

export async function dueForFollowUp(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<FollowUpDue[]> {
  const today = deps.today();
  const limit = addDays(today, FOLLOW_UP_WINDOW_DAYS);
  const rows = await db
    .selectFrom('plans')
    .innerJoin('companies', 'companies.id', 'plans.company_id')
    .select([
      'companies.id as companyId',
      'companies.name as companyName',
      'companies.advisor as advisor',
      'plans.next_follow_up as nextFollowUp',
    ])
    .where('plans.next_follow_up', 'is not', null)
    .where('plans.next_follow_up', '<=', limit)
    .where('companies.archived_at', 'is', null)
    .orderBy('plans.next_follow_up')
    .orderBy('companies.sort_name')
    .execute();
  return rows.map((r) => {
    const daysLeft = daysBetween(today, r.nextFollowUp!);
    return {
      companyId: r.companyId,
      companyName: r.companyName,
      advisor: r.advisor,
      nextFollowUp: r.nextFollowUp!,
      daysLeft,
      overdue: daysLeft < 0,
    };
  });
}

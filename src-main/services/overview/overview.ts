import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { addDays } from '@shared/clock';
import { ACTIVITY_WINDOW_DAYS } from '@shared/api/reports';
import type { Overview, OverviewActivity } from '@shared/api/reports';
import type { ActivityStatus } from '@shared/api/plans';
import type { RoundKind } from '@shared/api/assessments';
import { COMPANY_STATUSES } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { dueForFollowUp } from '../plans';

/** The advisor's start screen: companies by status, follow-ups due, rounds in progress, activities soon or overdue. */

export async function getOverview(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<Overview> {
  const today = deps.today();
  const soon = addDays(today, ACTIVITY_WINDOW_DAYS);
  const statusRows = await db
    .selectFrom('companies')
    .select(['status', sql<number>`count(*)`.as('n')])
    .where('archived_at', 'is', null)
    .groupBy('status')
    .execute();
  const companiesByStatus = Object.fromEntries(COMPANY_STATUSES.map((s) => [s, 0])) as Record<CompanyStatus, number>;
  for (const row of statusRows) if (row.status in companiesByStatus) companiesByStatus[row.status as CompanyStatus] = Number(row.n);

  const rounds = await db
    .selectFrom('rounds')
    .innerJoin('companies', 'companies.id', 'rounds.company_id')
    .select([
      'rounds.id as roundId',
      'rounds.kind',
      'rounds.date',
      'companies.id as companyId',
      'companies.name as companyName',
      'companies.advisor',
    ])
    .where('rounds.completed_at', 'is', null)
    .where('companies.archived_at', 'is', null)
    .orderBy('rounds.date')
    .orderBy('companies.sort_name')
    .limit(100)
    .execute();

  const activities = await db
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
    activities: activities.map((a): OverviewActivity => ({
      ...a,
      status: a.status as ActivityStatus,
      state: a.plannedEnd !== null && a.plannedEnd < today ? 'overdue' : 'soon',
    })),
  };
}

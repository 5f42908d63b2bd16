import type { Kysely } from 'kysely';
import type { FollowupDueLine } from '@shared/api/participation';
import { daysBetween } from '@shared/clock';
import { followupDue, sixMonthDue } from '@shared/domain/participation';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';

/**
 * The participants whose six-month follow-up is due (issue 14): left the programme six months ago or more, and no
 * follow-up recorded yet. Most overdue first. Archived companies' participants are left out.
 */
export async function followupsDue(db: Kysely<Database>, deps: ServiceDeps = systemClock): Promise<FollowupDueLine[]> {
  const today = deps.today();
  const rows = await db
    .selectFrom('people')
    .innerJoin('companies', 'companies.id', 'people.company_id')
    .select(['people.id', 'people.name', 'people.exit_date', 'people.six_month_date', 'companies.id as company_id'])
    .select(['companies.name as company_name', 'companies.advisor'])
    .where('people.exit_date', 'is not', null)
    .where('people.six_month_date', 'is', null)
    .where('companies.archived_at', 'is', null)
    .execute();
  const lines: FollowupDueLine[] = [];
  for (const r of rows) {
    const p = { exitDate: r.exit_date, sixMonthDate: r.six_month_date };
    if (!followupDue(p, today)) continue;
    const dueDate = sixMonthDue(r.exit_date)!;
    lines.push({
      personId: r.id,
      personName: r.name,
      companyId: r.company_id,
      companyName: r.company_name,
      advisor: r.advisor,
      exitDate: r.exit_date!,
      dueDate,
      daysOverdue: daysBetween(dueDate, today),
    });
  }
  return lines.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.personName.localeCompare(b.personName, 'sv'));
}

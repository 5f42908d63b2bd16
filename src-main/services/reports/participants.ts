import type { Kysely } from 'kysely';
import type { ReportFilter } from '@shared/api/reports';
import type { Database } from '../../store/schema';
import { jsonIds } from '../../store/columns';
import { assertPeriod, enrolledDuring } from './records';

/** The participant list: personal data, made only on explicit request. */

export interface ParticipantLine {
  name: string;
  /** YYYYMMDD-NNNN, or '' when not recorded: the one export that carries it (issue 14), behind the confirmation. */
  personnummer: string;
  companyName: string;
  start: string;
  end: string;
  activities: number;
  hours: number;
}

/**
 * The report's participants with their first activity start and last activity end within the filter; or, once their
 * entry is recorded (issue 14), their entry and exit dates.
 */
export async function participantLines(db: Kysely<Database>, input: ReportFilter): Promise<ParticipantLine[]> {
  assertPeriod(input);
  const filter = { from: input.from, to: input.to };
  const companyRows = await db
    .selectFrom('companies')
    .select(['id', 'name', 'advisor', 'office'])
    .where((eb) => (input.office ? eb('office', '=', input.office) : eb.lit(true)))
    .where((eb) => (input.advisor ? eb('advisor', '=', input.advisor) : eb.lit(true)))
    .execute();
  const events = await db.selectFrom('company_status_events').select(['company_id', 'status', 'at']).orderBy('at').orderBy('id').execute();
  const eventsOf = new Map<string, Array<{ status: string; day: string }>>();
  for (const e of events) {
    const l = eventsOf.get(e.company_id) ?? [];
    l.push({ status: e.status, day: e.at.slice(0, 10) });
    eventsOf.set(e.company_id, l);
  }
  const companies = new Map(
    companyRows.filter((c) => enrolledDuring(eventsOf.get(c.id) ?? [], filter.from, filter.to)).map((c) => [c.id, c.name]),
  );
  const people = new Map(
    (await db.selectFrom('people').select(['id', 'company_id', 'name', 'personnummer', 'entry_date', 'exit_date']).execute())
      .filter((p) => companies.has(p.company_id))
      .map((p) => [p.id, p]),
  );
  const rows = await db
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
      const l = lines.get(id) ?? {
        name: p.name,
        personnummer: p.personnummer ?? '',
        companyName: companies.get(a.company_id)!,
        start,
        end,
        activities: 0,
        hours: 0,
      };
      if (start < l.start) l.start = start;
      if (end > l.end) l.end = end;
      l.activities++;
      l.hours += a.hours ?? 0;
      lines.set(id, l);
    }
  }
  // A participant whose entry is recorded is reported with it, and with the exit, or none while still taking part.
  for (const [id, l] of lines) {
    const p = people.get(id)!;
    if (p.entry_date !== null) Object.assign(l, { start: p.entry_date, end: p.exit_date ?? '' });
  }
  const collator = new Intl.Collator('sv');
  return [...lines.values()].sort((a, b) => collator.compare(a.companyName, b.companyName) || collator.compare(a.name, b.name));
}

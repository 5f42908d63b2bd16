import type { Kysely } from 'kysely';
import type { ReportFilter } from '@shared/api/reports';
import { actualHoursByPerson } from '@shared/domain/attendance';
import type { AttendanceEntry } from '@shared/domain/attendance';
import { jsonIds } from '../../store/columns';
import type { Database } from '../../store/schema';
import { NOT_STATED } from './records';
import type { CompanyRec, PersonRec } from './records';
import type { ContactRec } from './timeTables';

/**
 * Time in the programme, read once for the whole report (the rules are in timeTables.ts). Neither query names a
 * contact's summary or next steps: notes are never read for a report.
 */

/** Contacts dated in the period with the companies in the report, with their company's office. */
export async function loadContacts(
  r: Kysely<Database>,
  companies: ReadonlyMap<string, CompanyRec>,
  filter: ReportFilter,
): Promise<ContactRec[]> {
  const rows = await r
    .selectFrom('contacts')
    .innerJoin('companies', 'companies.id', 'contacts.company_id')
    .select(['contacts.company_id', 'contacts.kind', 'contacts.advisor', 'contacts.hours', 'companies.office'])
    .where('contacts.date', '>=', filter.from)
    .where('contacts.date', '<=', filter.to)
    .execute();
  return rows
    .filter((c) => companies.has(c.company_id))
    .map((c) => ({ companyId: c.company_id, kind: c.kind, advisor: c.advisor, office: c.office ?? NOT_STATED, hours: c.hours }));
}

/**
 * Hours each participant attended at sessions dated in the period, of the activities the report counts (not
 * cancelled, with planned dates, of a company in the report), for people who are participants of the activity.
 */
export async function loadActualHours(
  r: Kysely<Database>,
  companies: ReadonlyMap<string, CompanyRec>,
  people: ReadonlyMap<string, PersonRec>,
  filter: ReportFilter,
): Promise<Map<string, number>> {
  const rows = await r
    .selectFrom('session_attendance')
    .innerJoin('activity_sessions', 'activity_sessions.id', 'session_attendance.session_id')
    .innerJoin('activities', 'activities.id', 'activity_sessions.activity_id')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .select([
      'plans.company_id',
      'activities.person_ids',
      'activities.planned_start',
      'activities.planned_end',
      'session_attendance.session_id',
      'session_attendance.person_id',
      'session_attendance.hours',
    ])
    .where('activities.status', '!=', 'cancelled')
    .where('activity_sessions.date', '>=', filter.from)
    .where('activity_sessions.date', '<=', filter.to)
    .execute();
  const sessions = new Map<string, AttendanceEntry[]>();
  const participantsOf = new Map<string, Set<string>>();
  for (const a of rows) {
    if (!companies.has(a.company_id) || (a.planned_start === null && a.planned_end === null)) continue;
    if (people.get(a.person_id)?.companyId !== a.company_id) continue;
    let participants = participantsOf.get(a.person_ids);
    if (!participants) participantsOf.set(a.person_ids, (participants = new Set(jsonIds(a.person_ids))));
    if (!participants.has(a.person_id)) continue;
    const list = sessions.get(a.session_id) ?? [];
    list.push({ personId: a.person_id, hours: a.hours });
    sessions.set(a.session_id, list);
  }
  return actualHoursByPerson([...sessions.values()].map((attendance) => ({ attendance })));
}

import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { AttendanceSheet, AttendanceSheetActivity, AttendanceSheetParticipant } from '@shared/api/print';
import type { ActivitySession } from '@shared/api/sessions';
import { actualHoursByPerson } from '@shared/domain/attendance';
import { maskOrgNumber } from '@shared/domain/orgNumber';
import { toCompany } from '../companies';
import { loadRow } from '../companies/companies';
import { sessionsOf } from '../plans';
import { jsonIds } from '../../store/columns';
import type { Database } from '../../store/schema';

/**
 * The monthly attendance sheet the funder audits: for one company and month, each activity with sessions in that
 * month, its sessions (date, hours) and its participants with their hours per session and in total. Only what the
 * sheet prints leaves this function: no notes (the session's or the activity's), no follow-up details, no other
 * company's people.
 */
export async function attendanceSheet(db: Kysely<Database>, input: ParsedInputOf<'print.attendanceSheet'>): Promise<AttendanceSheet> {
  const company = toCompany(await loadRow(db, input.companyId));
  const first = `${input.month}-01`;
  const last = `${input.month}-31`;
  const activities = await db
    .selectFrom('activities as a')
    .innerJoin('plans as p', 'p.id', 'a.plan_id')
    .where('p.company_id', '=', company.id)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('activity_sessions as s')
          .select('s.id')
          .whereRef('s.activity_id', '=', 'a.id')
          .where('s.date', '>=', first)
          .where('s.date', '<=', last),
      ),
    )
    .select(['a.id', 'a.title', 'a.person_ids as personIds'])
    .orderBy('a.title')
    .orderBy('a.id')
    .execute();
  const sessions = await sessionsOf(
    db,
    activities.map((a) => a.id),
  );
  const people = await db.selectFrom('people').select(['id', 'name']).where('company_id', '=', company.id).execute();
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    companyId: company.id,
    companyName: company.name,
    orgNumber: maskOrgNumber(company.orgNumber, company.orgKind),
    month: input.month,
    activities: activities.map((a): AttendanceSheetActivity => {
      const inMonth = (sessions.get(a.id) ?? []).filter((s) => s.date >= first && s.date <= last);
      return {
        id: a.id,
        title: a.title,
        sessions: inMonth.map((s) => ({ id: s.id, date: s.date, hours: s.hours })),
        participants: participantsOf(inMonth, jsonIds(a.personIds), names),
      };
    }),
  };
}

/** The activity's named participants and whoever attended, by name; people erased since are left out. */
function participantsOf(
  sessions: readonly ActivitySession[],
  personIds: readonly string[],
  names: ReadonlyMap<string, string>,
): AttendanceSheetParticipant[] {
  const totals = actualHoursByPerson(sessions);
  const out: AttendanceSheetParticipant[] = [];
  for (const personId of new Set([...personIds, ...totals.keys()])) {
    const name = names.get(personId);
    if (name === undefined) continue;
    const hours = sessions.map((s) => s.attendance.find((a) => a.personId === personId)?.hours ?? null);
    out.push({ personId, name, hours, totalHours: totals.get(personId) ?? 0 });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true }) || a.personId.localeCompare(b.personId));
}

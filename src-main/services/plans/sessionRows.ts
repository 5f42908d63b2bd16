import type { Kysely } from 'kysely';
import type { ActivitySession } from '@shared/api/sessions';
import type { Database } from '../../store/schema';

/** SQLite's limit on bound values is far above this; chunks keep every statement small. */
const CHUNK = 500;

/**
 * The sessions of the given activities, each with who attended, by activity id; every session in date order (then
 * creation order), its attendance in person id order. The plan, the totals, the sessions service and the exchange
 * export read sessions through this one function.
 */
export async function sessionsOf(db: Kysely<Database>, activityIds: readonly string[]): Promise<Map<string, ActivitySession[]>> {
  const out = new Map<string, ActivitySession[]>();
  const ids = [...new Set(activityIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const sessions = await db
      .selectFrom('activity_sessions')
      .selectAll()
      .where('activity_id', 'in', chunk)
      .orderBy('date')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const attendance = await db
      .selectFrom('session_attendance')
      .innerJoin('activity_sessions', 'activity_sessions.id', 'session_attendance.session_id')
      .select([
        'session_attendance.session_id as sessionId',
        'session_attendance.person_id as personId',
        'session_attendance.hours as hours',
      ])
      .where('activity_sessions.activity_id', 'in', chunk)
      .orderBy('session_attendance.person_id')
      .execute();
    const bySession = new Map<string, ActivitySession['attendance']>();
    for (const a of attendance) {
      const list = bySession.get(a.sessionId) ?? [];
      list.push({ personId: a.personId, hours: a.hours });
      bySession.set(a.sessionId, list);
    }
    for (const s of sessions) {
      const list = out.get(s.activity_id) ?? [];
      list.push({
        id: s.id,
        activityId: s.activity_id,
        date: s.date,
        hours: s.hours,
        note: s.note,
        attendance: bySession.get(s.id) ?? [],
        createdAt: s.created_at,
        updatedAt: s.updated_at,
      });
      out.set(s.activity_id, list);
    }
  }
  return out;
}

/** One activity's sessions (see sessionsOf). */
export async function activitySessions(db: Kysely<Database>, activityId: string): Promise<ActivitySession[]> {
  return (await sessionsOf(db, [activityId])).get(activityId) ?? [];
}

/** Writes a session and its attendance as rows (the session's own row replaced, its attendance replaced). */
export async function writeSession(db: Kysely<Database>, s: ActivitySession): Promise<void> {
  await db.deleteFrom('activity_sessions').where('id', '=', s.id).execute();
  await db
    .insertInto('activity_sessions')
    .values({
      id: s.id,
      activity_id: s.activityId,
      date: s.date,
      hours: s.hours,
      note: s.note,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    })
    .execute();
  if (s.attendance.length > 0) {
    await db
      .insertInto('session_attendance')
      .values(s.attendance.map((a) => ({ session_id: s.id, person_id: a.personId, hours: a.hours, updated_at: s.updatedAt })))
      .execute();
  }
}

import type { Kysely } from 'kysely';
import { AppError } from '@shared/api/errors';
import { sessionIssues } from '@shared/domain/attendance';
import type { ActivityStatus } from '@shared/api/plans';
import type { Database } from '../../store/schema';
import { attendanceIssues } from '../rules';
import type { AttendanceState } from '../rules';
import { sessionsOf, writeSession } from '../plans/sessionRows';
import type { ExchangeFile } from './format';
import type { Decision } from './merge';
import { inChunks } from './merge';
import type { Row } from './rows';

/**
 * Sessions and attendance travel inside their activity's record (format 5): exported with it, checked with the
 * sessions service's rules at preview, and written with it (all of them: they follow the activity's revision).
 */

type ActivityRecord = ExchangeFile['activities'][number];

/** The activity records with their sessions, as the file carries them. */
export async function withSessions(db: Kysely<Database>, records: Row[]): Promise<Row[]> {
  const sessions = await sessionsOf(
    db,
    records.map((r) => r['id'] as string),
  );
  return records.map((r) => ({
    ...r,
    sessions: (sessions.get(r['id'] as string) ?? []).map((s) => ({
      id: s.id,
      date: s.date,
      hours: s.hours,
      note: s.note,
      attendance: s.attendance,
    })),
  }));
}

/** The done rule's view of the activities kept here, by id. */
export async function storedAttendance(db: Kysely<Database>, ids: string[]): Promise<Map<string, AttendanceState>> {
  const rows = await inChunks(ids, (c) =>
    db.selectFrom('activities').select(['id', 'status', 'attendance_waiver']).where('id', 'in', c).execute(),
  );
  const sessions = await sessionsOf(
    db,
    rows.map((r) => r.id),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { status: r.status as ActivityStatus, attendanceWaiver: r.attendance_waiver, sessions: sessions.get(r.id) ?? [] },
    ]),
  );
}

/**
 * An activity of the file obeys the sessions' rules and the done rule, as the services keep them. The done rule is
 * about marking done: it is judged against the activity as it is here. One that is not here may have been done
 * before attendance existed at the sending office (which keeps such activities as they are, as this one does), and a
 * file older than format 5 cannot carry sessions at all: both are taken as done before attendance existed.
 */
export function checkActivitySessions(
  file: ExchangeFile,
  a: ActivityRecord,
  company: string,
  today: string,
  stored: ReadonlyMap<string, AttendanceState>,
): void {
  a.sessions.forEach((s, i) => {
    const issue = sessionIssues(s, a, today)[0];
    if (issue) {
      const field = `${s.date}, sessions.${i}.${issue.path}`;
      throw new AppError('exchange.breaksRule.sessionRule', { company, activity: a.title, field });
    }
  });
  const legacy: AttendanceState = { status: 'done', attendanceWaiver: null, sessions: [] };
  const here = file.formatVersion < 5 ? undefined : stored.get(a.id);
  if (attendanceIssues(a, here ?? legacy).length > 0) {
    throw new AppError('exchange.breaksRule.activityDoneNeedsAttendance', { company, activity: a.title });
  }
}

/**
 * A session's id names one session: once in the file, and not one of another activity here (writing it would move
 * that session to this activity).
 */
export async function checkSessionIds(db: Kysely<Database>, file: ExchangeFile): Promise<void> {
  const owner = new Map<string, string>();
  for (const a of file.activities) {
    for (const s of a.sessions) {
      if (owner.has(s.id)) throw new AppError('exchange.duplicateIds', { entity: 'session', id: s.id });
      owner.set(s.id, a.id);
    }
  }
  const here = await inChunks([...owner.keys()], (c) =>
    db.selectFrom('activity_sessions').select(['id', 'activity_id']).where('id', 'in', c).execute(),
  );
  const moved = here.find((s) => owner.get(s.id) !== s.activity_id);
  if (moved) throw new AppError('exchange.duplicateIds', { entity: 'session', id: moved.id });
}

/** An activity written from the file takes the file's sessions, all of them (the ones here are replaced). */
export async function writeActivitySessions(db: Kysely<Database>, written: Decision[], file: ExchangeFile): Promise<void> {
  if (written.length === 0) return;
  const ids = written.map((d) => d.id);
  await inChunks(ids, (c) => db.deleteFrom('activity_sessions').where('activity_id', 'in', c).execute());
  const records = new Map(file.activities.map((a) => [a.id, a]));
  for (const id of ids) {
    const a = records.get(id);
    if (!a) continue;
    for (const s of a.sessions) {
      await writeSession(db, { ...s, activityId: id, createdAt: a.updatedAt, updatedAt: a.updatedAt });
    }
  }
}

import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import { AppError, validationError } from '@shared/api/errors';
import type { Activity } from '@shared/api/plans';
import type { ActivitySession } from '@shared/api/sessions';
import { sessionIssues } from '@shared/domain/attendance';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { attendanceIssues } from '../rules';
import { jsonIds } from '../../store/columns';
import { definedEntries } from '../../store/revisions';
import { loadActivity, toActivity } from './plans';
import { activitySessions, writeSession } from './sessionRows';

/**
 * An activity's sessions and attendance (issue 13). Each write checks the session against its activity (dates,
 * participants, hours, not in the future: domain/attendance.ts) and the done rule on the activity as it would be
 * (rules/activity.ts), in one transaction, so a refused write stores nothing; a write that changes something gives
 * the activity its next revision, so the change travels with it to other offices.
 */

type SessionChange = (sessions: ActivitySession[], nowIso: string) => ActivitySession[];

/** Replaces the activity's sessions by `change`'s, after the rules; bumps the activity's revision if anything changed. */
async function changeSessions(
  db: Kysely<Database>,
  activityId: string,
  deps: ServiceDeps,
  change: SessionChange,
  written?: (sessions: ActivitySession[]) => ActivitySession | undefined,
): Promise<Activity> {
  return inTransaction(db, async (trx) => {
    const { row, companyId } = await loadActivity(trx, activityId);
    const now = deps.now();
    const before = await activitySessions(trx, row.id);
    const after = change(before, now.toISOString());
    const session = written?.(after);
    const activity = { plannedStart: row.planned_start, plannedEnd: row.planned_end, personIds: jsonIds(row.person_ids) };
    const state = { status: row.status as Activity['status'], attendanceWaiver: row.attendance_waiver };
    const issues = [
      ...(session ? sessionIssues(session, activity, deps.today()) : []),
      ...attendanceIssues({ ...state, sessions: after }, { ...state, sessions: before }),
    ];
    if (issues.length) throw validationError(issues);
    const same = (a: ActivitySession, b: ActivitySession | undefined) =>
      b !== undefined && JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
    const changed = after.filter(
      (s) =>
        !same(
          s,
          before.find((b) => b.id === s.id),
        ),
    );
    const removed = before.filter((b) => !after.some((s) => s.id === b.id));
    if (changed.length === 0 && removed.length === 0) return toActivity(row, companyId, before);
    for (const s of removed) await trx.deleteFrom('activity_sessions').where('id', '=', s.id).execute();
    for (const s of changed) await writeSession(trx, s);
    const next = { ...row, updated_at: now.toISOString(), revision: row.revision + 1 };
    await trx.updateTable('activities').set({ updated_at: next.updated_at, revision: next.revision }).where('id', '=', row.id).execute();
    return toActivity(next, companyId, await activitySessions(trx, row.id));
  });
}

const byDate = (a: ActivitySession, b: ActivitySession) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** One attendee once, in person id order (as they are read back). */
function attendanceOf(list: ReadonlyArray<{ personId: string; hours: number }>): ActivitySession['attendance'] {
  return [...list].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

export async function createSession(
  db: Kysely<Database>,
  input: ParsedInputOf<'sessions.create'>,
  deps: ServiceDeps = systemClock,
): Promise<Activity> {
  const id = uuidv7();
  return changeSessions(
    db,
    input.activityId,
    deps,
    (sessions, iso) =>
      [
        ...sessions,
        {
          id,
          activityId: input.activityId,
          date: input.date,
          hours: input.hours,
          note: input.note,
          attendance: attendanceOf(input.attendance),
          createdAt: iso,
          updatedAt: iso,
        },
      ].sort(byDate),
    (after) => after.find((s) => s.id === id),
  );
}

async function sessionActivity(db: Kysely<Database>, id: string): Promise<string> {
  const s = await db.selectFrom('activity_sessions').select('activity_id').where('id', '=', id).executeTakeFirst();
  if (!s) throw new AppError('plan.sessionNotFound', { id });
  return s.activity_id;
}

export async function updateSession(
  db: Kysely<Database>,
  input: ParsedInputOf<'sessions.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Activity> {
  const activityId = await sessionActivity(db, input.id);
  const { attendance, ...rest } = input.patch;
  const fields = definedEntries(rest);
  return changeSessions(
    db,
    activityId,
    deps,
    (sessions, iso) =>
      sessions
        .map((s) => (s.id === input.id ? { ...s, ...fields, attendance: attendanceOf(attendance ?? s.attendance), updatedAt: iso } : s))
        .sort(byDate),
    (after) => after.find((s) => s.id === input.id),
  );
}

export async function deleteSession(
  db: Kysely<Database>,
  input: ParsedInputOf<'sessions.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<Activity> {
  const activityId = await sessionActivity(db, input.id);
  return changeSessions(db, activityId, deps, (sessions) => sessions.filter((s) => s.id !== input.id));
}

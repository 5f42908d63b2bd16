import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { sessionsOf } from '../plans/sessionRows';
import type { ExchangeFile } from './format';
import type { Decision } from './merge';

/** The field a conflict names when the two sides hold different sessions (a label in the exchange locale). */
export const SESSIONS_FIELD = 'sessions';

interface SessionLike {
  id: string;
  date: string;
  hours: number;
  note: string | null;
  attendance: ReadonlyArray<{ personId: string; hours: number }>;
}

/** One text per set of sessions, whatever the order: two activities hold the same sessions exactly when these are equal. */
function signature(sessions: readonly SessionLike[]): string {
  return sessions
    .map((s) =>
      JSON.stringify([
        s.id,
        s.date,
        s.hours,
        s.note,
        [...s.attendance].sort((a, b) => (a.personId < b.personId ? -1 : 1)).map((a) => [a.personId, a.hours]),
      ]),
    )
    .sort()
    .join('\n');
}

/**
 * Sessions travel inside their activity and follow its revision, so a change to them alone leaves no column that
 * differs. When both offices changed the activity since they last agreed and its sessions differ, that is the
 * advisor's call, as a differing field is: the decision becomes (or also names) a conflict over the sessions,
 * instead of the higher revision silently taking the other side's attendance away.
 */
export async function markSessionConflicts(db: Kysely<Database>, file: ExchangeFile, decisions: Decision[]): Promise<void> {
  const candidates = decisions.filter((d) => d.entity === 'activity' && d.local !== null && d.incoming !== null);
  if (candidates.length === 0) return;
  const here = await sessionsOf(
    db,
    candidates.map((d) => d.id),
  );
  const theirs = new Map(file.activities.map((a) => [a.id, a.sessions]));
  for (const d of candidates) {
    if (signature(theirs.get(d.id) ?? []) === signature(here.get(d.id) ?? [])) continue;
    const op = d.decision;
    if (op.op === 'conflict') {
      if (!op.fields.includes(SESSIONS_FIELD)) op.fields.push(SESSIONS_FIELD);
      continue;
    }
    const mine = d.local!['revision'] as number;
    const their = d.incoming!['revision'] as number;
    const bothChanged = d.base === null ? their === mine : mine > d.base && their > d.base;
    if (bothChanged && (op.op === 'update' || op.op === 'unchanged')) {
      d.decision = { op: 'conflict', fields: [SESSIONS_FIELD], onlyMine: false, theirs: 'write' };
    }
  }
}

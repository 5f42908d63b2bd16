import type { FieldIssue } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { ActivityPatch, ActivityStatus } from '@shared/api/plans';
import { attendanceRecorded, sessionIssues } from '@shared/domain/attendance';
import type { SessionActivity, SessionFields } from '@shared/domain/attendance';

export type ActivityFields = Required<ActivityPatch>;

/**
 * The rules that depend on more than one field, on the record as it would be after the write (`patch`: the fields
 * the write sets, for the path an issue is shown at). The plans service and the exchange import both run it.
 */
export function activityIssues(f: ActivityFields, patch: Partial<ActivityFields>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (f.plannedStart !== null && f.plannedEnd !== null && f.plannedEnd < f.plannedStart) {
    issues.push({
      path: patch.plannedStart !== undefined && patch.plannedEnd === undefined ? 'plannedStart' : 'plannedEnd',
      message: 'plan.endBeforeStart',
    });
  }
  if (f.status === 'done' && (f.plannedStart === null || f.plannedStart > today)) {
    issues.push({ path: patch.status !== undefined ? 'status' : 'plannedStart', message: 'plan.doneBeforeStart' });
  }
  if (f.status !== 'done' && (f.outcomeRating !== null || f.outcomeComment !== null)) {
    const path = patch.outcomeRating !== undefined ? 'outcomeRating' : patch.outcomeComment !== undefined ? 'outcomeComment' : 'status';
    issues.push({ path, message: 'plan.outcomeOnlyWhenDone' });
  }
  // The programme pays at most the whole cost; a share with no cost given is more than the cost.
  if (f.programmeShareSek !== null && f.programmeShareSek > (f.costSek ?? 0)) {
    const path = patch.costSek !== undefined && patch.programmeShareSek === undefined ? 'costSek' : 'programmeShareSek';
    issues.push({ path, message: 'plan.shareAboveCost' });
  }
  return issues;
}

/** What the done rule looks at: the status, the advisor's reason and the sessions' attendance. */
export interface AttendanceState {
  status: ActivityStatus;
  attendanceWaiver: string | null;
  sessions: readonly Pick<SessionFields, 'attendance'>[];
}

const accounted = (s: AttendanceState) => s.attendanceWaiver !== null || attendanceRecorded(s.sessions);

/**
 * An activity is marked done only when its sessions are recorded (domain/attendance.ts) or the advisor has said why
 * not; once so, no write may take that away. An activity done before attendance existed (neither) stays as it is
 * until someone records it. `before` is the activity as stored (null for a new one). Run by the plans service, the
 * sessions service and the exchange import.
 */
export function attendanceIssues(after: AttendanceState, before: AttendanceState | null): FieldIssue[] {
  if (after.status !== 'done' || accounted(after)) return [];
  if (before !== null && before.status === 'done' && !accounted(before)) return [];
  return [{ path: before?.status === 'done' ? 'attendanceWaiver' : 'status', message: 'plan.doneNeedsAttendance' }];
}

/**
 * The activity's recorded sessions still fit it after a write: within its planned dates, attended by its
 * participants only (and each valid on its own: `sessionIssues`). Reported at the activity's field that moved.
 */
export function sessionsFitIssues(activity: SessionActivity, sessions: readonly SessionFields[], today: string): FieldIssue[] {
  const paths = new Set<string>();
  for (const s of sessions) {
    for (const issue of sessionIssues(s, activity, today)) {
      if (issue.message === 'session.outsideActivity') {
        paths.add(activity.plannedStart !== null && s.date < activity.plannedStart ? 'plannedStart' : 'plannedEnd');
      } else if (issue.message === 'session.notParticipant') paths.add('personIds');
    }
  }
  return [...paths].map((path) => ({ path, message: path === 'personIds' ? 'plan.attendeeNotParticipant' : 'plan.sessionsOutsideDates' }));
}

/** Participants belong to the activity's company: `companyOf` maps each known person to theirs. */
export function assertParticipants(personIds: readonly string[], companyId: string, companyOf: ReadonlyMap<string, string>): void {
  const stranger = personIds.find((id) => companyOf.get(id) !== companyId);
  if (stranger !== undefined) throw new AppError('plan.personNotInCompany', { personId: stranger });
}

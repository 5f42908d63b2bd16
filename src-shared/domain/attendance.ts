import type { FieldIssue } from '../api/contract';
import { isQuarterHours, MAX_HOURS_A_DAY } from './hours';

export { isQuarterHours };

/**
 * Attendance at an activity's sessions (issue 13): the one place the figures and the rules live, used by the plans
 * service, the exchange import, the programme report, the attendance sheet and the screens alike.
 *
 * - A session is a date and the hours it lasted. Each attendance entry means that the person attended, for its hours
 *   (by default the session's); a participant without an entry was absent.
 * - A participant's actual hours are the sum of their entries over the activity's sessions.
 * - The activity's actual hours are the sum of its sessions' hours: what was delivered, comparable to the activity's
 *   planned `hours` (which are, like these, per participant, not multiplied by the number of participants).
 * - Attendance is recorded when the activity has at least one session and every session has at least one entry
 *   (a session nobody is marked at is one whose attendance has not been taken yet).
 */

export interface AttendanceEntry {
  personId: string;
  hours: number;
}

export interface SessionAttendance {
  hours: number;
  attendance: readonly AttendanceEntry[];
}

/** Hours per person over the sessions (only people who attended at least once are in the map). */
export function actualHoursByPerson(sessions: readonly Pick<SessionAttendance, 'attendance'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sessions) for (const a of s.attendance) out.set(a.personId, (out.get(a.personId) ?? 0) + a.hours);
  return out;
}

/** The hours the activity actually ran: the sum of its sessions' hours. */
export function activityActualHours(sessions: readonly Pick<SessionAttendance, 'hours'>[]): number {
  return sessions.reduce((sum, s) => sum + s.hours, 0);
}

/** Participant hours: every attendee's hours over every session (what a report sums by gender). */
export function participantHours(sessions: readonly Pick<SessionAttendance, 'attendance'>[]): number {
  return sessions.reduce((sum, s) => sum + s.attendance.reduce((n, a) => n + a.hours, 0), 0);
}

/** At least one session, and attendance taken at every one. */
export function attendanceRecorded(sessions: readonly Pick<SessionAttendance, 'attendance'>[]): boolean {
  return sessions.length > 0 && sessions.every((s) => s.attendance.length > 0);
}

/** Hours of a session or of one attendee at it: more than nothing, at most a day, in quarter hours. */
export function hoursIssue(hours: number): FieldIssue['message'] | null {
  if (!Number.isFinite(hours)) return 'number';
  if (hours < 0) return 'negative';
  if (hours === 0) return 'contact.hoursPositive';
  if (hours > MAX_HOURS_A_DAY) return 'contact.hoursMax';
  if (!isQuarterHours(hours)) return 'contact.quarterHours';
  return null;
}

/** What a session is checked against: its activity's planned dates and participants. */
export interface SessionActivity {
  plannedStart: string | null;
  plannedEnd: string | null;
  personIds: readonly string[];
}

export interface SessionFields extends SessionAttendance {
  date: string;
}

/** On or after the planned start and on or before the planned end (an open side is not checked). */
export function withinDates(date: string, activity: Pick<SessionActivity, 'plannedStart' | 'plannedEnd'>): boolean {
  return (activity.plannedStart === null || date >= activity.plannedStart) && (activity.plannedEnd === null || date <= activity.plannedEnd);
}

/**
 * A session's rules, each reported at its field: hours (above), a date that has happened (`today`, Swedish, from the
 * caller's clock) and lies within the activity's planned start and end (an open end is not checked), attendees who
 * are participants of the activity, each at most once and for no more than the session's hours.
 */
export function sessionIssues(s: SessionFields, activity: SessionActivity, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (s.date > today) issues.push({ path: 'date', message: 'dateInFuture' });
  else if (!withinDates(s.date, activity)) issues.push({ path: 'date', message: 'session.outsideActivity' });
  const hours = hoursIssue(s.hours);
  if (hours) issues.push({ path: 'hours', message: hours });
  const participants = new Set(activity.personIds);
  const seen = new Set<string>();
  s.attendance.forEach((a, i) => {
    if (!participants.has(a.personId)) issues.push({ path: `attendance.${i}.personId`, message: 'session.notParticipant' });
    else if (seen.has(a.personId)) issues.push({ path: `attendance.${i}.personId`, message: 'session.twice' });
    seen.add(a.personId);
    const own = hoursIssue(a.hours);
    if (own) issues.push({ path: `attendance.${i}.hours`, message: own });
    else if (hours === null && a.hours > s.hours) issues.push({ path: `attendance.${i}.hours`, message: 'session.moreThanSession' });
  });
  return issues;
}

import { z } from 'zod';
import { channel } from './contract';
import { id, optionalText, pastDate } from './fields';
import type { Activity } from './plans';
import { contactHours } from './contacts';

/**
 * An activity's sessions and who attended them (issue 13). A session travels inside its activity and has no
 * revision of its own: every change here bumps the activity's. Field messages are keys under `errors.field.`; the
 * rules that need the activity or the clock (dates within the activity and not in the future, only participants
 * attend) are in domain/attendance.ts, run by the service and the exchange import alike.
 */

export const MAX_ATTENDEES = 60;

/** Hours of a session or of one attendee: the same rule as a contact's time (more than nothing, at most a day, quarters). */
export const sessionHours = contactHours;

/** One attendee: a participant of the activity, and their hours (by default the session's). */
export const attendanceEntrySchema = z.strictObject({ personId: id, hours: sessionHours });
export type AttendanceEntryInput = z.input<typeof attendanceEntrySchema>;

export const sessionFieldSchemas = {
  /** Not after today and within the activity's planned dates: checked by the service with its clock. */
  date: pastDate,
  hours: sessionHours,
  note: optionalText(500),
  /** Who attended: a participant missing here was absent. */
  attendance: z.array(attendanceEntrySchema).max(MAX_ATTENDEES, { error: 'tooLong' }),
} as const;

export const sessionCreateSchema = z.strictObject({ activityId: id, ...sessionFieldSchemas });
export type SessionCreateInput = z.input<typeof sessionCreateSchema>;
export const sessionPatchSchema = z.strictObject(sessionFieldSchemas).partial();
export type SessionPatchInput = z.input<typeof sessionPatchSchema>;

export interface ActivitySession {
  id: string;
  activityId: string;
  date: string;
  hours: number;
  note: string | null;
  attendance: Array<{ personId: string; hours: number }>;
  createdAt: string;
  updatedAt: string;
}

/** What every session write answers: the activity as it is now (its new revision and all its sessions). */
export type SessionsResult = Activity;

export const sessionsApi = {
  'sessions.create': channel<SessionsResult>()(sessionCreateSchema),
  'sessions.update': channel<SessionsResult>()(z.strictObject({ id, patch: sessionPatchSchema })),
  'sessions.delete': channel<SessionsResult>()(z.strictObject({ id })),
};

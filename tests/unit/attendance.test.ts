import { describe, expect, it } from 'vitest';
import {
  activityActualHours,
  actualHoursByPerson,
  attendanceRecorded,
  hoursIssue,
  isQuarterHours,
  participantHours,
  sessionIssues,
  withinDates,
} from '@shared/domain/attendance';

/** The one place attendance figures and rules live (issue 13): what the service, import, report and sheet all use. */

const activity = { plannedStart: '2025-03-01', plannedEnd: '2025-03-31', personIds: ['anna', 'bo'] };
const session = (over: Partial<Parameters<typeof sessionIssues>[0]> = {}) => ({
  date: '2025-03-03',
  hours: 2,
  attendance: [{ personId: 'anna', hours: 2 }],
  ...over,
});

describe('attendance figures', () => {
  const sessions = [
    {
      hours: 3,
      attendance: [
        { personId: 'anna', hours: 3 },
        { personId: 'bo', hours: 2.75 },
      ],
    },
    { hours: 1.5, attendance: [{ personId: 'anna', hours: 1.5 }] },
    { hours: 2, attendance: [] },
  ];

  it('sums actual hours per person, per activity (its sessions) and in participant hours', () => {
    expect(Object.fromEntries(actualHoursByPerson(sessions))).toEqual({ anna: 4.5, bo: 2.75 });
    expect(activityActualHours(sessions)).toBe(6.5);
    expect(participantHours(sessions)).toBe(7.25);
    expect(activityActualHours([])).toBe(0);
  });

  it('counts attendance as recorded only with a session and attendance taken at every one', () => {
    expect(attendanceRecorded([])).toBe(false);
    expect(attendanceRecorded(sessions)).toBe(false);
    expect(attendanceRecorded(sessions.slice(0, 2))).toBe(true);
  });
});

describe('attendance rules', () => {
  it('takes hours in quarters, above nothing, at most a day', () => {
    expect([0.25, 1.5, 2.75, 24].map(isQuarterHours)).toEqual([true, true, true, true]);
    expect([0.1, 1.3, 2.2].map(isQuarterHours)).toEqual([false, false, false]);
    expect([-0.25, 0, 24.25, 1.1, Number.NaN, 8].map(hoursIssue)).toEqual([
      'negative',
      'contact.hoursPositive',
      'contact.hoursMax',
      'contact.quarterHours',
      'number',
      null,
    ]);
  });

  it('keeps a session within its activity’s planned dates, an open side unchecked', () => {
    expect(withinDates('2025-03-01', activity)).toBe(true);
    expect(withinDates('2025-03-31', activity)).toBe(true);
    expect(withinDates('2025-02-28', activity)).toBe(false);
    expect(withinDates('2025-04-01', activity)).toBe(false);
    expect(withinDates('1999-01-01', { plannedStart: null, plannedEnd: '2025-03-31' })).toBe(true);
    expect(withinDates('2099-01-01', { plannedStart: '2025-03-01', plannedEnd: null })).toBe(true);
  });

  it('reports each problem at its field: date, hours, an attendee', () => {
    expect(sessionIssues(session(), activity, '2025-03-05')).toEqual([]);
    expect(sessionIssues(session({ date: '2025-03-06' }), activity, '2025-03-05')).toEqual([{ path: 'date', message: 'dateInFuture' }]);
    expect(sessionIssues(session({ date: '2025-02-27' }), activity, '2025-03-05')).toEqual([
      { path: 'date', message: 'session.outsideActivity' },
    ]);
    expect(
      sessionIssues(
        session({
          hours: 2,
          attendance: [
            { personId: 'eve', hours: 1 },
            { personId: 'anna', hours: 2.5 },
            { personId: 'anna', hours: 1 },
            { personId: 'bo', hours: 0.1 },
          ],
        }),
        activity,
        '2025-03-05',
      ),
    ).toEqual([
      { path: 'attendance.0.personId', message: 'session.notParticipant' },
      { path: 'attendance.1.hours', message: 'session.moreThanSession' },
      { path: 'attendance.2.personId', message: 'session.twice' },
      { path: 'attendance.3.hours', message: 'contact.quarterHours' },
    ]);
  });
});

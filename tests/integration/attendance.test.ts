import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '@shared/api';
import type { ErrorCode } from '@shared/api/errors';
import { actualHoursByPerson, activityActualHours, attendanceRecorded, participantHours } from '@shared/domain/attendance';
import { createRouter } from '../../src-main/ipc/router';
import type { Router } from '../../src-main/ipc/router';
import { caller } from '../helpers/calls';
import { expectRefused, tableState } from '../helpers/refusal';
import { makeTempStore } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

/** Issue 13: an activity's sessions, who attended them, actual hours beside planned, and done only when accounted for. */

let store: TempStore;
let router: Router;
let call: ReturnType<typeof caller>;
let anna: string;
let bo: string;
let stranger: string;
let activityId: string;
let companyId: string;

// 2025-03-05, 10:30 in Stockholm.
const START = new Date('2025-03-05T09:30:00.000Z');

beforeEach(async () => {
  store = await makeTempStore({ start: START });
  router = createRouter(store.session);
  call = caller(router);
  const c = await call('companies.create', { name: 'Bageriet AB', orgNumber: '556036-0793' });
  companyId = c.id;
  const other = await call('companies.create', { name: 'Annat AB', orgNumber: '556703-7485' });
  anna = (await call('people.create', { companyId: c.id, name: 'Anna', role: 'owner' })).id;
  bo = (await call('people.create', { companyId: c.id, name: 'Bo', role: 'employee' })).id;
  stranger = (await call('people.create', { companyId: other.id, name: 'Främling', role: 'owner' })).id;
  const a = await call('activities.create', {
    companyId: c.id,
    title: 'Bakkurs',
    level: 'individual',
    personIds: [anna, bo],
    plannedStart: '2025-03-01',
    plannedEnd: '2025-03-31',
    hours: 6,
  });
  activityId = a.id;
});
afterEach(() => store.cleanup());

const session = (over: Partial<InputOf<'sessions.create'>> = {}): InputOf<'sessions.create'> => ({
  activityId,
  date: '2025-03-03',
  hours: 3,
  note: null,
  attendance: [
    { personId: anna, hours: 3 },
    { personId: bo, hours: 3 },
  ],
  ...over,
});

const stored = () => tableState(store.db, ['activities', 'activity_sessions', 'session_attendance', 'tombstones']);

/** Refused through the router (the contract's check or the service's), at `path`, with nothing stored. */
async function refusedAt(path: string, message: string, channel: 'sessions.create' | 'sessions.update', input: unknown) {
  const r = await expectRefused('validation' as ErrorCode, () => router.handle(channel, input), stored);
  expect(r.params['issues']).toContainEqual({ path, message });
}

const revision = async () => (await store.db.selectFrom('activities').select('revision').executeTakeFirstOrThrow()).revision;

describe('sessions and attendance', () => {
  it('records two sessions with attendance: actual hours per participant and per activity, beside the planned in the plan', async () => {
    const first = await call('sessions.create', session());
    expect(first.revision).toBe(2);
    expect(first.sessions).toHaveLength(1);
    store.clock.advance(60_000);
    const second = await call('sessions.create', session({ date: '2025-03-04', hours: 2.5, attendance: [{ personId: anna, hours: 2.5 }] }));
    expect(second.revision).toBe(3);
    expect(second.sessions.map((s) => s.date)).toEqual(['2025-03-03', '2025-03-04']);
    expect(activityActualHours(second.sessions)).toBe(5.5);
    expect(participantHours(second.sessions)).toBe(8.5);
    expect(Object.fromEntries(actualHoursByPerson(second.sessions))).toEqual({ [anna]: 5.5, [bo]: 3 });

    const plan = await call('plans.get', { companyId: first.companyId });
    expect(plan.activities[0]!.sessions).toEqual(second.sessions);
    const totals = await call('plans.totals', { companyId: first.companyId });
    expect(totals.totalHours).toBe(6);
    expect(totals.totalActualHours).toBe(5.5);
    expect(totals.hoursByPerson.map((p) => [p.name, p.hours, p.actualHours])).toEqual([
      ['Anna', 6, 5.5],
      ['Bo', 6, 3],
    ]);
  });

  it('edits a session and its attendance (bumping the revision only on a change) and deletes it', async () => {
    const created = await call('sessions.create', session());
    const id = created.sessions[0]!.id;
    store.clock.advance(60_000);
    const edited = await call('sessions.update', { id, patch: { hours: 2, attendance: [{ personId: bo, hours: 1.75 }] } });
    expect(edited.revision).toBe(3);
    expect(edited.sessions[0]).toMatchObject({ hours: 2, attendance: [{ personId: bo, hours: 1.75 }] });
    const same = await call('sessions.update', { id, patch: { hours: 2 } });
    expect(same.revision).toBe(3);
    const deleted = await call('sessions.delete', { id });
    expect(deleted).toMatchObject({ revision: 4, sessions: [] });
    expect(await tableState(store.db, ['activity_sessions', 'session_attendance'])).toEqual({
      activity_sessions: [],
      session_attendance: [],
    });
    await expectRefused('plan.sessionNotFound', () => router.handle('sessions.delete', { id }), stored);
  });

  it('refuses bad hours at the field, for the session and an attendee: negative, over 24, not quarter hours; nothing stored', async () => {
    for (const [hours, message] of [
      [-1, 'negative'],
      [24.25, 'contact.hoursMax'],
      [1.1, 'contact.quarterHours'],
    ] as const) {
      await refusedAt('hours', message, 'sessions.create', session({ hours }));
      await refusedAt(
        'attendance.1.hours',
        message,
        'sessions.create',
        session({
          attendance: [
            { personId: anna, hours: 3 },
            { personId: bo, hours },
          ],
        }),
      );
    }
    await refusedAt(
      'attendance.0.hours',
      'session.moreThanSession',
      'sessions.create',
      session({ attendance: [{ personId: anna, hours: 3.5 }] }),
    );
    const id = (await call('sessions.create', session())).sessions[0]!.id;
    await refusedAt('patch.hours', 'contact.quarterHours', 'sessions.update', { id, patch: { hours: 2.2 } });
  });

  it('refuses a session outside the activity’s dates, in the future (Swedish calendar) or attended by a non-participant', async () => {
    await refusedAt('date', 'session.outsideActivity', 'sessions.create', session({ date: '2025-02-28' }));
    await refusedAt('date', 'dateInFuture', 'sessions.create', session({ date: '2025-03-06' }));
    await refusedAt(
      'attendance.0.personId',
      'session.notParticipant',
      'sessions.create',
      session({ attendance: [{ personId: stranger, hours: 3 }] }),
    );
    await refusedAt(
      'attendance.1.personId',
      'session.twice',
      'sessions.create',
      session({
        attendance: [
          { personId: anna, hours: 3 },
          { personId: anna, hours: 1 },
        ],
      }),
    );
    const id = (await call('sessions.create', session())).sessions[0]!.id;
    await refusedAt('date', 'session.outsideActivity', 'sessions.update', { id, patch: { date: '2025-02-28' } });
    // 23:30 UTC on 5 March is already 6 March in Stockholm.
    store.clock.set(new Date('2025-03-05T23:30:00.000Z'));
    expect((await call('sessions.create', session({ date: '2025-03-06' }))).sessions.map((s) => s.date)).toContain('2025-03-06');
  });

  it('keeps the activity and its sessions together: dates and participants cannot leave a recorded session outside', async () => {
    await call('sessions.create', session());
    const refused = (patch: InputOf<'activities.update'>['patch'], path: string, message: string) =>
      expectRefused('validation', () => router.handle('activities.update', { id: activityId, patch }), stored).then((r) =>
        expect(r.params['issues']).toContainEqual({ path, message }),
      );
    await refused({ plannedStart: '2025-03-04' }, 'plannedStart', 'plan.sessionsOutsideDates');
    await refused({ plannedEnd: '2025-03-02', plannedStart: '2025-03-01' }, 'plannedEnd', 'plan.sessionsOutsideDates');
    await refused({ personIds: [anna] }, 'personIds', 'plan.attendeeNotParticipant');
  });
});

describe('erasing a person', () => {
  it('takes their attendance out of every session, on a new revision of the activity', async () => {
    await call('sessions.create', session());
    const before = await revision();
    await call('people.delete', { id: bo });
    expect(await revision()).toBe(before + 1);
    const plan = await call('plans.get', { companyId });
    expect(plan.activities[0]!.sessions[0]!.attendance).toEqual([{ personId: anna, hours: 3 }]);
    expect(await store.db.selectFrom('session_attendance').select('person_id').execute()).toEqual([{ person_id: anna }]);
  });
});

describe('done only when attendance is accounted for', () => {
  const markDone = () => router.handle('activities.update', { id: activityId, patch: { status: 'done' } });

  it('refuses done without sessions or a reason, and without attendance taken at every session', async () => {
    const r = await expectRefused('validation', markDone, stored);
    expect(r.params['issues']).toEqual([{ path: 'status', message: 'plan.doneNeedsAttendance' }]);
    const created = await call('sessions.create', session({ attendance: [] }));
    expect(attendanceRecorded(created.sessions)).toBe(false);
    await expectRefused('validation', markDone, stored);
    await call('sessions.update', { id: created.sessions[0]!.id, patch: { attendance: [{ personId: anna, hours: 3 }] } });
    expect((await call('activities.update', { id: activityId, patch: { status: 'done' } })).status).toBe('done');
    // Once done, no write may take the record away: not the last session, not a session without attendance.
    const id = created.sessions[0]!.id;
    const before = await revision();
    await expectRefused('validation', () => router.handle('sessions.delete', { id }), stored);
    await expectRefused('validation', () => router.handle('sessions.update', { id, patch: { attendance: [] } }), stored);
    await expectRefused('validation', () => router.handle('sessions.create', session({ date: '2025-03-04', attendance: [] })), stored);
    expect(await revision()).toBe(before);
  });

  it('accepts done with the advisor’s reason instead, and refuses clearing that reason while done', async () => {
    const done = await call('activities.update', {
      id: activityId,
      patch: { status: 'done', attendanceWaiver: 'Anordnaren förde listan.' },
    });
    expect(done).toMatchObject({ status: 'done', attendanceWaiver: 'Anordnaren förde listan.' });
    const r = await expectRefused(
      'validation',
      () => router.handle('activities.update', { id: activityId, patch: { attendanceWaiver: '' } }),
      stored,
    );
    expect(r.params['issues']).toEqual([{ path: 'attendanceWaiver', message: 'plan.doneNeedsAttendance' }]);
    const created = await call('activities.create', {
      companyId: done.companyId,
      title: 'Klar direkt',
      status: 'done',
      plannedStart: '2025-03-01',
      attendanceWaiver: 'Ingen lista fördes.',
    });
    expect(created.status).toBe('done');
  });

  it('leaves an activity done before attendance existed as it is, until someone records it', async () => {
    // As a store migrated from before 0110 holds it: done, no sessions, no reason.
    await store.db.updateTable('activities').set({ status: 'done' }).where('id', '=', activityId).execute();
    expect((await call('activities.update', { id: activityId, patch: { title: 'Bakkurs 1' } })).title).toBe('Bakkurs 1');
    expect((await call('sessions.create', session({ attendance: [] }))).sessions).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { TempStore } from '../helpers/tempStore';
import { ENROLLED } from '../helpers/assessmentStore';
import { orgNumberFor } from '../helpers/tempStore';
import { apply, call, preview, seal, useExchangeStores, validFile } from '../helpers/exchangeStores';
import { tableState } from '../helpers/refusal';

/** Issue 13: sessions and attendance travel inside their activity (format 5); older files carry none. */

const store = useExchangeStores();

async function withSessions(s: TempStore) {
  const c = await call(s, 'companies.create', { name: 'Närvaro AB', orgNumber: orgNumberFor(800), ...ENROLLED });
  const anna = await call(s, 'people.create', { companyId: c.id, name: 'Anna', role: 'owner' });
  const bo = await call(s, 'people.create', { companyId: c.id, name: 'Bo', role: 'employee' });
  const a = await call(s, 'activities.create', {
    companyId: c.id,
    title: 'Kurs',
    personIds: [anna.id, bo.id],
    plannedStart: '2025-02-01',
    plannedEnd: '2025-03-01',
    hours: 4,
  });
  const both = [
    { personId: anna.id, hours: 2 },
    { personId: bo.id, hours: 2 },
  ];
  await call(s, 'sessions.create', { activityId: a.id, date: '2025-02-10', hours: 2, note: 'Del 1', attendance: both });
  await call(s, 'sessions.create', { activityId: a.id, date: '2025-02-17', hours: 2, note: null, attendance: [both[0]!] });
  const done = await call(s, 'activities.update', { id: a.id, patch: { status: 'done' } });
  return { activityId: a.id, companyId: c.id, sessions: done.sessions };
}

const sessionTables = (s: TempStore) => tableState(s.db, ['activity_sessions', 'session_attendance']);

describe('sessions in the exchange file', () => {
  it('travel inside the activity and arrive with their attendance; a change travels as the activity’s new revision', async () => {
    const a = await store();
    const ids = await withSessions(a);
    const file = await validFile(a);
    const record = (file['activities'] as Array<Record<string, unknown>>)[0]!;
    expect(record['attendanceWaiver']).toBeNull();
    expect(record['sessions']).toEqual(
      ids.sessions.map(({ id, date, hours, note, attendance }) => ({ id, date, hours, note, attendance })),
    );

    const b = await store();
    await apply(b, await preview(b, await seal(file)));
    const plan = await call(b, 'plans.get', { companyId: ids.companyId });
    expect(plan.activities[0]!.status).toBe('done');
    expect(plan.activities[0]!.sessions.map((s) => [s.date, s.note, s.attendance.length])).toEqual([
      ['2025-02-10', 'Del 1', 2],
      ['2025-02-17', null, 1],
    ]);

    a.clock.advance(60_000);
    await call(a, 'sessions.update', { id: ids.sessions[1]!.id, patch: { attendance: ids.sessions[0]!.attendance } });
    const counts = await apply(b, await preview(b, await seal(await validFile(a))));
    expect(counts.activities.updated).toBe(1);
    const attendees = async (s: TempStore) =>
      (await sessionTables(s))['session_attendance']!.map((r) => ({ ...(r as object), updated_at: '' }));
    expect(await attendees(b)).toEqual(await attendees(a));
    const again = await call(b, 'plans.get', { companyId: ids.companyId });
    expect(again.activities[0]!.sessions[1]!.attendance).toHaveLength(2);
  });

  it('asks the advisor when both offices changed the sessions since they last agreed, and takes theirs when told', async () => {
    const a = await store();
    const ids = await withSessions(a);
    const b = await store();
    await apply(b, await preview(b, await seal(await validFile(a))));
    await apply(a, await preview(a, await seal(await validFile(b))));
    // Here: Bo is marked at the second session too. There: the first session is deleted.
    a.clock.advance(60_000);
    await call(a, 'sessions.update', { id: ids.sessions[1]!.id, patch: { attendance: ids.sessions[0]!.attendance } });
    b.clock.advance(120_000);
    await call(b, 'sessions.delete', { id: ids.sessions[0]!.id });

    const p = await preview(b, await seal(await validFile(a)));
    const conflicts = p.companies.flatMap((c) => c.conflicts);
    expect(conflicts.map((c) => [c.entity, c.fields])).toEqual([['activity', ['sessions']]]);
    await apply(b, p, { [conflicts[0]!.key]: 'theirs' });
    const after = await call(b, 'plans.get', { companyId: ids.companyId });
    expect(after.activities[0]!.sessions.map((s) => s.attendance.length)).toEqual([2, 2]);
  });

  it('reads a format 4 file (no sessions, no reason): its done activities arrive as done before attendance existed', async () => {
    const a = await store();
    const ids = await withSessions(a);
    const file = await validFile(a);
    file['formatVersion'] = 4;
    const record = (file['activities'] as Array<Record<string, unknown>>)[0]!;
    delete record['sessions'];
    delete record['attendanceWaiver'];
    const b = await store();
    await apply(b, await preview(b, await seal(file)));
    const plan = await call(b, 'plans.get', { companyId: ids.companyId });
    expect(plan.activities[0]).toMatchObject({ status: 'done', sessions: [], attendanceWaiver: null });
  });

  it('takes a done activity new here, without sessions or a reason, as done before attendance existed at the sender', async () => {
    const a = await store();
    const ids = await withSessions(a);
    const file = await validFile(a);
    Object.assign((file['activities'] as Array<Record<string, unknown>>)[0]!, { sessions: [], attendanceWaiver: null });
    const b = await store();
    await apply(b, await preview(b, await seal(file)));
    expect((await call(b, 'plans.get', { companyId: ids.companyId })).activities[0]).toMatchObject({ status: 'done', sessions: [] });
  });

  it('refuses a session id that is another activity’s here, storing nothing', async () => {
    const a = await store();
    const ids = await withSessions(a);
    const b = await store();
    await apply(b, await preview(b, await seal(await validFile(a))));
    const other = await call(b, 'activities.create', { companyId: ids.companyId, title: 'Annan', plannedStart: '2025-02-01' });
    const file = await validFile(a);
    const moved = { ...(file['activities'] as Array<Record<string, unknown>>)[0]!, id: other.id, revision: 9, status: 'planned' };
    file['activities'] = [moved];
    const before = await tableState(b.db, ['activities', 'activity_sessions', 'session_attendance']);
    await expect(preview(b, await seal(file))).rejects.toMatchObject({ code: 'exchange.duplicateIds' });
    expect(await tableState(b.db, ['activities', 'activity_sessions', 'session_attendance'])).toEqual(before);
  });
});

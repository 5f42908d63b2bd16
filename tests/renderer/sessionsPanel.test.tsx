import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import type { Result } from '@shared/api';
import type { Activity, Plan } from '@shared/api/plans';
import type { ActivitySession } from '@shared/api/sessions';
import { SessionsPanel } from '../../src-renderer/features/plans/SessionsPanel';
import { usePlan } from '../../src-renderer/features/plans/planStore';
import { setClock } from '../../src-renderer/lib/clock';
import { clockFrom } from '@shared/clock';
import { renderInApp } from './render';

const ANNA = '01900000-0000-7000-8000-00000000000a';
const BO = '01900000-0000-7000-8000-00000000000b';
const ACTIVITY = '01900000-0000-7000-8000-0000000000ac';

const session = (over: Partial<ActivitySession> = {}): ActivitySession => ({
  id: '01900000-0000-7000-8000-000000000001',
  activityId: ACTIVITY,
  date: '2025-03-03',
  hours: 3,
  note: null,
  attendance: [{ personId: ANNA, hours: 3 }],
  createdAt: '2025-03-03T10:00:00.000Z',
  updatedAt: '2025-03-03T10:00:00.000Z',
  ...over,
});

const activity = (sessions: ActivitySession[]): Activity =>
  ({
    id: ACTIVITY,
    planId: 'p1',
    companyId: 'c1',
    title: 'Bakkurs',
    personIds: [ANNA, BO],
    plannedStart: '2025-03-01',
    plannedEnd: '2025-03-31',
    hours: 6,
    status: 'ongoing',
    attendanceWaiver: null,
    sessions,
    revision: 2,
  }) as Activity;

let answer: (channel: string, input: unknown) => Result<unknown>;
const calls: Array<[string, unknown]> = [];
const sent = () => calls.filter(([channel]) => channel.startsWith('sessions.'));

function show(a: Activity) {
  const plan = {
    companyId: 'c1',
    people: [
      { id: ANNA, name: 'Anna Ägare', role: 'owner', jobTitle: null },
      { id: BO, name: 'Bo Bagare', role: 'employee', jobTitle: null },
    ],
    activities: [a],
  } as unknown as Plan;
  usePlan.setState({ companyId: 'c1', plan, loaded: true });
  const Panel = () => {
    const current = usePlan((s) => s.plan!.activities[0]!);
    return <SessionsPanel activity={current} waiverField={{ name: 'attendanceWaiver', value: null, onCommit: () => undefined }} />;
  };
  renderInApp(<Panel />);
}

beforeEach(() => {
  calls.length = 0;
  setClock(clockFrom(() => new Date('2025-03-05T09:30:00.000Z')));
  window.vaxtkraft = {
    invoke: (channel, input) => {
      calls.push([channel, input]);
      return Promise.resolve(channel === 'plans.totals' ? { ok: false, error: { code: 'internal' } } : answer(channel, input));
    },
  };
});

afterEach(() => {
  delete window.vaxtkraft;
});

describe('the sessions panel', () => {
  it('shows each session’s attendance grid and the planned and actual hours', () => {
    show(activity([session()]));
    expect(screen.getByTestId('sessions-summary').textContent).toBe('Planned 6 h per participant · actual 3 h');
    const grid = screen.getByTestId('attendance-grid');
    expect((within(grid).getByLabelText('Anna Ägare attended') as HTMLInputElement).checked).toBe(true);
    expect((within(grid).getByLabelText('Bo Bagare attended') as HTMLInputElement).checked).toBe(false);
    expect((within(grid).getByLabelText('Hours for Bo Bagare') as HTMLInputElement).disabled).toBe(true);
  });

  it('adds a session with everyone attending for its hours, then shows it', async () => {
    const added = session({ id: '01900000-0000-7000-8000-000000000002', date: '2025-03-04', hours: 2.5 });
    answer = () => ({ ok: true, value: activity([session(), added]) });
    show(activity([session()]));
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('new-session-date'));
    await user.type(screen.getByTestId('new-session-date'), '2025-03-04');
    await user.type(screen.getByTestId('new-session-hours'), '2.5');
    await user.click(screen.getByTestId('add-session'));
    await waitFor(() => expect(screen.getAllByTestId('session')).toHaveLength(2));
    expect(sent()).toEqual([
      [
        'sessions.create',
        {
          activityId: ACTIVITY,
          date: '2025-03-04',
          hours: 2.5,
          note: null,
          attendance: [
            { personId: ANNA, hours: 2.5 },
            { personId: BO, hours: 2.5 },
          ],
        },
      ],
    ]);
  });

  it('saves a session’s note as it is typed, and an emptied note as none', async () => {
    answer = (_channel, input) => {
      const note = (input as { patch: { note: string | null } }).patch.note;
      return { ok: true, value: activity([session({ note })]) };
    };
    show(activity([session()]));
    const user = userEvent.setup();
    const field = within(screen.getByTestId('session')).getByLabelText('Note');
    await user.type(field, 'Budget');
    // The note saves once typing pauses (600 ms): room for a loaded machine.
    const saved = { timeout: 4000 };
    await waitFor(() => expect(sent()).toEqual([['sessions.update', { id: session().id, patch: { note: 'Budget' } }]]), saved);
    await user.clear(field);
    await waitFor(() => expect(sent().at(-1)).toEqual(['sessions.update', { id: session().id, patch: { note: null } }]), saved);
  });

  it('marks attendance from the keyboard: a tick gives the session’s hours', async () => {
    answer = () => ({
      ok: true,
      value: activity([
        session({
          attendance: [
            { personId: ANNA, hours: 3 },
            { personId: BO, hours: 3 },
          ],
        }),
      ]),
    });
    show(activity([session()]));
    const user = userEvent.setup();
    screen.getByLabelText('Bo Bagare attended').focus();
    await user.keyboard(' ');
    await waitFor(() => expect((screen.getByLabelText('Bo Bagare attended') as HTMLInputElement).checked).toBe(true));
    expect(sent()).toEqual([
      [
        'sessions.update',
        {
          id: session().id,
          patch: {
            attendance: [
              { personId: ANNA, hours: 3 },
              { personId: BO, hours: 3 },
            ],
          },
        },
      ],
    ]);
  });

  it('shows the service’s refusal at the field it names and keeps the form', async () => {
    answer = () => ({
      ok: false,
      error: { code: 'validation', params: { issues: [{ path: 'date', message: 'session.outsideActivity' }] } },
    });
    show(activity([]));
    expect(screen.getByText(en.plans.sessions.none)).toBeTruthy();
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('new-session-date'));
    await user.type(screen.getByTestId('new-session-date'), '2025-02-01');
    await user.type(screen.getByTestId('new-session-hours'), '2');
    await user.click(screen.getByTestId('add-session'));
    expect(await screen.findByText(en.errors.field.session.outsideActivity)).toBeTruthy();
    // Typed as ISO, shown in the English format once the field is left.
    expect((screen.getByTestId('new-session-date') as HTMLInputElement).value).toBe('1 Feb 2025');
    expect(screen.queryAllByTestId('session')).toHaveLength(0);
  });
});

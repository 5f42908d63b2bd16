import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '@shared/api';
import type { Person } from '@shared/api/people';
import type { ReportTable } from '@shared/api/reports';
import type { SubmittedComparison } from '@shared/api/submitted';
import { reportChanges } from '@shared/domain/reportChanges';
import { clockFrom } from '@shared/clock';
import { ParticipationPanel } from '../../src-renderer/features/people/ParticipationPanel';
import { usePeople } from '../../src-renderer/features/people/store';
import { SubmittedView } from '../../src-renderer/features/reports/SubmittedView';
import { setClock } from '../../src-renderer/lib/clock';
import { renderInApp } from './render';

const ID = '01900000-0000-7000-8000-00000000000a';

const person = (over: Partial<Person> = {}): Person =>
  ({
    id: ID,
    companyId: 'c1',
    name: 'Ada',
    role: 'employee',
    followupConsent: false,
    birthYear: null,
    entryDate: null,
    entryAgeBand: null,
    entryEmploymentStatus: null,
    entryEducationLevel: null,
    exitDate: null,
    exitInEducation: null,
    exitQualification: null,
    exitInEmployment: null,
    exitJobSearching: null,
    sixMonthDate: null,
    sixMonthInEmployment: null,
    sixMonthImproved: null,
    revision: 1,
    ...over,
  }) as Person;

const calls: Array<[string, unknown]> = [];
let answer: (channel: string, input: unknown) => Result<unknown> = () => ({ ok: true, value: null });

function show(p: Person) {
  usePeople.setState({ companyId: 'c1', people: [p], loaded: true });
  const Panel = () => <ParticipationPanel person={usePeople((s) => s.people[0]!)} />;
  renderInApp(<Panel />);
}

beforeEach(() => {
  calls.length = 0;
  setClock(clockFrom(() => new Date('2025-03-05T09:30:00.000Z')));
  window.vaxtkraft = {
    invoke: (channel, input) => {
      calls.push([channel, input]);
      return Promise.resolve(answer(channel, input));
    },
  };
});

afterEach(() => {
  delete window.vaxtkraft;
});

describe('the participation panel', () => {
  it('asks for entry before exit, and shows nothing counted at entry before there is one', () => {
    show(person());
    expect((screen.getByLabelText('Exit date') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByText('Counted at entry')).toBeNull();
    expect(screen.queryByTestId('exit-results')).toBeNull();
  });

  it('keeps what is counted at entry closed without consent, and the six-month results closed until the follow-up', () => {
    show(person({ entryDate: '2024-05-01', exitDate: '2024-08-31', exitInEmployment: true }));
    expect((screen.getByRole('combobox', { name: 'Employment status at entry' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Needs the follow-up consent above.')).toBeTruthy();
    expect(screen.getByTestId('six-month-due').textContent).toBe('Follow-up due on 28 Feb 2025.');
    const exit = screen.getByTestId('exit-results');
    expect((within(exit).getByRole('combobox', { name: 'In employment, including self-employment' }) as HTMLInputElement).value).toBe(
      'Yes',
    );
    const later = screen.getByTestId('six-month-results');
    expect((within(later).getByRole('combobox', { name: 'In employment, including self-employment' }) as HTMLInputElement).disabled).toBe(
      true,
    );
  });

  it('saves an entry date when the field is left, and takes the saved person with its age band', async () => {
    answer = () => ({ ok: true, value: person({ followupConsent: true, entryDate: '2025-01-10', entryAgeBand: '30_54' }) });
    show(person({ followupConsent: true, birthYear: 1990 }));
    const entry = screen.getByLabelText('Entry date');
    fireEvent.change(entry, { target: { value: '2025-01-10' } });
    fireEvent.blur(entry);
    await waitFor(() => expect(screen.getByTestId('entry-age-band').textContent).toBe('Age at entry: 30–54'));
    expect(calls).toEqual([['people.update', { id: ID, patch: { entryDate: '2025-01-10' } }]]);
  });
});

describe('a submitted report beside today', () => {
  const table = (women: number): ReportTable => ({
    id: 'participantsByGender',
    rowKind: 'gender',
    columns: ['participants'],
    rows: [
      { key: 'woman', label: null, cells: [women] },
      { key: 'man', label: null, cells: [2] },
    ],
  });

  it('lists each changed figure and marks it in the table as sent', () => {
    const sent = [table(3)];
    const today = [table(2)];
    const comparison = {
      submitted: {
        id: 's1',
        submittedAt: '2025-03-01T10:00:00.000Z',
        filter: { from: '2025-01-01', to: '2025-02-28', office: null, advisor: null },
        audience: 'external',
        language: 'en',
        format: 'xlsx',
        fileName: 'programme-report.xlsx',
        fileSha256: 'ab'.repeat(32),
        generatedAt: '2025-03-01T10:00:00.000Z',
        tables: sent,
      },
      today: { tables: today },
      changes: reportChanges(sent, today),
    } as unknown as SubmittedComparison;
    renderInApp(<SubmittedView comparison={comparison} onClose={() => undefined} />);
    expect(screen.getByText('1 figure reads differently today')).toBeTruthy();
    const changes = screen.getByTestId('submitted-changes');
    expect(within(changes).getByText('Participants by gender › Women › Participants')).toBeTruthy();
    const marks = screen.getByTestId('submitted-view').querySelectorAll('mark[data-changed="true"]');
    expect([...marks].map((m) => m.textContent)).toEqual([' (Today: 2)']);
  });
});

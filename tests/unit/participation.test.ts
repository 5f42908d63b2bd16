import { describe, expect, it } from 'vitest';
import { addMonths, entryAgeBand, followupDue, participationIssues, sixMonthDue } from '@shared/domain/participation';
import type { Participation } from '@shared/domain/participation';
import { reportChanges } from '@shared/domain/reportChanges';
import type { ReportTable } from '@shared/api/reports';
import { withStatusDate } from '@shared/domain/statusDate';

const NONE: Participation = {
  entryDate: null,
  exitDate: null,
  sixMonthDate: null,
  exitInEducation: null,
  exitQualification: null,
  exitInEmployment: null,
  exitJobSearching: null,
  sixMonthInEmployment: null,
  sixMonthImproved: null,
};
const TODAY = '2025-03-01';
const messages = (p: Partial<Participation>) => participationIssues({ ...NONE, ...p }, TODAY).map((i) => `${i.path}:${i.message}`);

describe('participation rules', () => {
  it('adds calendar months, keeping to the month’s last day', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-07-15', 6)).toBe('2025-01-15');
    expect(addMonths('2024-12-01', 1)).toBe('2025-01-01');
    expect(sixMonthDue(null)).toBeNull();
  });

  it('is due from six months after exit until the follow-up is recorded', () => {
    expect(followupDue({ exitDate: '2024-09-01', sixMonthDate: null }, TODAY)).toBe(true);
    expect(followupDue({ exitDate: '2024-09-02', sixMonthDate: null }, TODAY)).toBe(false);
    expect(followupDue({ exitDate: '2024-08-01', sixMonthDate: '2025-02-01' }, TODAY)).toBe(false);
    expect(followupDue({ exitDate: null, sixMonthDate: null }, TODAY)).toBe(false);
  });

  it('takes the age band at the entry date’s year', () => {
    expect(entryAgeBand(2007, '2024-12-31')).toBe('under_18');
    expect(entryAgeBand(2007, '2025-01-01')).toBe('18_29');
    expect(entryAgeBand(1970, '2025-01-01')).toBe('55_plus');
    expect(entryAgeBand(null, '2025-01-01')).toBeNull();
    expect(entryAgeBand(1990, null)).toBeNull();
  });

  it('names the field and the rule that fails', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ entryDate: '2025-03-02' })).toEqual(['entryDate:dateInFuture']);
    expect(messages({ exitDate: '2024-01-01' })).toEqual(['exitDate:participation.exitWithoutEntry']);
    expect(messages({ entryDate: '2024-02-01', exitDate: '2024-01-31' })).toEqual(['exitDate:participation.exitBeforeEntry']);
    expect(messages({ entryDate: '2024-02-01', exitDate: '2024-02-01' })).toEqual([]);
    expect(messages({ entryDate: '2024-02-01', exitJobSearching: false })).toEqual(['exitJobSearching:participation.resultWithoutExit']);
    expect(messages({ entryDate: '2024-02-01', exitDate: '2024-08-31', sixMonthDate: '2025-02-27' })).toEqual([
      'sixMonthDate:participation.followupBeforeDue',
    ]);
    expect(messages({ entryDate: '2024-02-01', exitDate: '2024-08-31', sixMonthDate: '2025-02-28', sixMonthImproved: true })).toEqual([]);
    expect(messages({ entryDate: '2024-02-01', exitDate: '2024-08-31', sixMonthInEmployment: true })).toEqual([
      'sixMonthInEmployment:participation.resultWithoutFollowup',
    ]);
  });
});

describe('a status dated when it happened', () => {
  it('dates a change today unless the write names the day; leaves other writes alone', () => {
    expect(withStatusDate({ status: 'prospect' }, { status: 'enrolled' }, TODAY)).toEqual({ status: 'enrolled', statusDate: TODAY });
    expect(withStatusDate({ status: 'prospect' }, { status: 'enrolled', statusDate: '2024-08-05' }, TODAY).statusDate).toBe('2024-08-05');
    expect(withStatusDate({ status: 'enrolled' }, { status: 'enrolled' }, TODAY)).toEqual({ status: 'enrolled' });
    expect(withStatusDate({ status: 'enrolled' }, { name: 'X' } as { status?: string }, TODAY)).toEqual({ name: 'X' });
    expect(withStatusDate<{ status: string; statusDate?: string }>(null, { status: 'prospect' }, TODAY).statusDate).toBe(TODAY);
  });
});

describe('the figures of a report as sent and today', () => {
  const table = (rows: Array<[string, Array<number | '<5' | null>]>): ReportTable => ({
    id: 'participantsByGender',
    rowKind: 'gender',
    columns: ['participants', 'participantHours'],
    rows: rows.map(([key, cells]) => ({ key, label: null, cells })),
  });

  it('lists each differing figure, a row present on one side only reading as none on the other', () => {
    const sent = [
      table([
        ['woman', [3, 20]],
        ['man', [2, 10]],
      ]),
    ];
    const now = [
      table([
        ['woman', ['<5', 20]],
        ['non_binary', [1, 4]],
      ]),
    ];
    expect(reportChanges(sent, now).map((c) => [c.rowKey, c.column, c.sent, c.now])).toEqual([
      ['woman', 'participants', 3, '<5'],
      ['man', 'participants', 2, null],
      ['man', 'participantHours', 10, null],
      ['non_binary', 'participants', null, 1],
      ['non_binary', 'participantHours', null, 4],
    ]);
    expect(reportChanges(sent, sent)).toEqual([]);
  });
});

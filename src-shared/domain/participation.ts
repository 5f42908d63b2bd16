import type { FieldIssue } from '../api/contract';
import { datesInFuture } from './dates';
import { ageBand } from './person';
import type { AgeBand } from './person';

/**
 * A participant's way through the programme as the funder counts it (ESF+, DOMAIN.md "Follow-up and reporting"):
 * an entry date, and later an exit date; both may be set back, never in the future, and exit never before entry.
 * What is counted at entry is fixed at entry (age band from the birth year at the entry date, employment status and
 * education). At exit the common immediate result indicators, and six months later the longer-term ones.
 * One set of rules for the people service, the exchange import and the screen.
 */

/** ESF+ common immediate result indicators, upon leaving. */
export const EXIT_RESULTS = ['exitInEducation', 'exitQualification', 'exitInEmployment', 'exitJobSearching'] as const;
/** ESF+ common longer-term result indicators, six months after leaving. */
export const SIX_MONTH_RESULTS = ['sixMonthInEmployment', 'sixMonthImproved'] as const;

export type ExitResult = (typeof EXIT_RESULTS)[number];
export type SixMonthResult = (typeof SIX_MONTH_RESULTS)[number];

/** The months after exit when the longer-term results are due. */
export const FOLLOWUP_MONTHS = 6;

export interface Participation {
  entryDate: string | null;
  exitDate: string | null;
  sixMonthDate: string | null;
  exitInEducation: boolean | null;
  exitQualification: boolean | null;
  exitInEmployment: boolean | null;
  exitJobSearching: boolean | null;
  sixMonthInEmployment: boolean | null;
  sixMonthImproved: boolean | null;
}

/** The same calendar day `months` later (the month's last day when it has no such day: 31 Aug + 6 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = (y ?? 1970) * 12 + (m ?? 1) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d ?? 1, last))}`;
}

/** The day the six-month follow-up falls due, or null before exit. */
export function sixMonthDue(exitDate: string | null): string | null {
  return exitDate === null ? null : addMonths(exitDate, FOLLOWUP_MONTHS);
}

/** The participant has left, is due (or overdue) for the six-month follow-up, and it is not recorded yet. */
export function followupDue(p: Pick<Participation, 'exitDate' | 'sixMonthDate'>, today: string): boolean {
  const due = sixMonthDue(p.exitDate);
  return due !== null && p.sixMonthDate === null && due <= today;
}

/** The age band at entry: from the birth year at the entry date's year (null when either is missing). */
export function entryAgeBand(birthYear: number | null, entryDate: string | null): AgeBand | null {
  return birthYear === null || entryDate === null ? null : ageBand(birthYear, Number(entryDate.slice(0, 4)));
}

const given = (v: unknown) => v !== null && v !== undefined;

/**
 * What is wrong with a participant's dates and results, by field (messages under `errors.field.`): dates in the
 * future, an exit without or before entry, results without the exit they belong to, a six-month follow-up
 * recorded before it is due.
 */
export function participationIssues(p: Participation, today: string): FieldIssue[] {
  const issues: FieldIssue[] = datesInFuture({ entryDate: p.entryDate, exitDate: p.exitDate, sixMonthDate: p.sixMonthDate }, today);
  if (issues.length) return issues;
  if (p.exitDate !== null && p.entryDate === null) issues.push({ path: 'exitDate', message: 'participation.exitWithoutEntry' });
  if (p.exitDate !== null && p.entryDate !== null && p.exitDate < p.entryDate) {
    issues.push({ path: 'exitDate', message: 'participation.exitBeforeEntry' });
  }
  if (p.exitDate === null) {
    const result = EXIT_RESULTS.find((k) => given(p[k]));
    if (result) issues.push({ path: result, message: 'participation.resultWithoutExit' });
    if (p.sixMonthDate !== null) issues.push({ path: 'sixMonthDate', message: 'participation.resultWithoutExit' });
  } else if (p.sixMonthDate !== null && p.sixMonthDate < sixMonthDue(p.exitDate)!) {
    issues.push({ path: 'sixMonthDate', message: 'participation.followupBeforeDue' });
  }
  if (p.sixMonthDate === null) {
    const result = SIX_MONTH_RESULTS.find((k) => given(p[k]));
    if (result) issues.push({ path: result, message: 'participation.resultWithoutFollowup' });
  }
  return issues;
}

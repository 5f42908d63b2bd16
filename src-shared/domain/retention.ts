/**
 * The retention rule (issue 15): how long the register keeps a company and its people. A company that took part in
 * the programme is kept until the programme's end date plus the funder's archiving period (years); a prospect that
 * never enrolled, and a prospective employee, only a shorter period (months) after the record last changed.
 */
export interface RetentionRule {
  /** The programme's end date (YYYY-MM-DD); null until set, and then nothing that took part is ever due. */
  programmeEndDate: string | null;
  years: number;
  prospectMonths: number;
}

export const DEFAULT_RETENTION_RULE: RetentionRule = { programmeEndDate: null, years: 10, prospectMonths: 24 };
export const MAX_RETENTION_YEARS = 50;
export const MAX_PROSPECT_MONTHS = 120;

export type RetentionBasis = 'programmeEnd' | 'prospect';

/** A company or a person past their date, with what erasing them would take away. */
export interface RetentionCandidate {
  kind: 'company' | 'person';
  id: string;
  companyId: string;
  companyName: string;
  /** The person's name (kind `person`); null for a company. */
  personName: string | null;
  basis: RetentionBasis;
  dueDate: string;
  /** What would be erased with it: people, rounds, activities, contacts (a person: rounds, activities and contacts they are in). */
  counts: { people: number; rounds: number; activities: number; contacts: number };
}

/** A calendar date `months` later, the day kept or, where the month is shorter, its last day (29 Feb + 1 year = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The day a record may be erased: a company that took part, the programme's end plus `years` (none while the end is
 * not set); a prospect never enrolled, its last change plus `prospectMonths`.
 */
export function retentionDueDate(record: { everEnrolled: boolean; lastChange: string }, rule: RetentionRule): string | null {
  if (record.everEnrolled) return rule.programmeEndDate === null ? null : addMonths(rule.programmeEndDate, rule.years * 12);
  return addMonths(record.lastChange, rule.prospectMonths);
}

/** Past its date: the due day has come. */
export function isPastRetention(due: string | null, today: string): due is string {
  return due !== null && due <= today;
}

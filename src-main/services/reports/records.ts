import { AppError } from '@shared/api/errors';
import type { ReportFilter } from '@shared/api/reports';
import type { Gender } from '@shared/domain/person';
import type { SniVersion } from '@shared/domain/sni';

/** What the programme report counts, as loaded from the store: plain records, no SQL. */

export const NOT_STATED = 'not_stated';

export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined, fallback: T): T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export interface CompanyRec {
  id: string;
  name: string;
  municipality: string;
  size: string;
  section: string;
  /** The version `section` belongs to: each version is counted in its own table, never together. */
  sniVersion: SniVersion;
}

export interface PersonRec {
  companyId: string;
  gender: Gender;
  ageBand: string;
  education: string;
  employment: string;
  foreignBackground: string;
  thirdCountry: string;
  disability: string;
}

export interface ActivityRec {
  companyId: string;
  type: string;
  providerKind: string;
  hours: number;
  cost: number;
  start: string;
  end: string;
  adapted: boolean;
  personIds: string[];
}

export interface CompanyProgress {
  companyId: string;
  name: string;
  baselineScore: number | null;
  latestScore: number | null;
  scoreChange: number | null;
  baselineGap: number | null;
  latestGap: number | null;
  gapChange: number | null;
  goalsSet: number;
  goalsMet: number;
}

export function assertPeriod(filter: ReportFilter): void {
  if (filter.from > filter.to) throw new AppError('report.periodReversed', { from: filter.from, to: filter.to });
}

/** Was the company enrolled at some moment of [from, to]? Events are in time order. */
export function enrolledDuring(events: ReadonlyArray<{ status: string; day: string }>, from: string, to: string): boolean {
  let atStart: string | null = null;
  // A company first recorded as completed or withdrawn (seeded, imported) was enrolled until then.
  const first = events[0];
  if (first && (first.status === 'completed' || first.status === 'withdrawn') && first.day >= from && first.day <= to) return true;
  for (const e of events) {
    if (e.day < from) atStart = e.status;
    else if (e.day <= to && e.status === 'enrolled') return true;
  }
  return atStart === 'enrolled';
}

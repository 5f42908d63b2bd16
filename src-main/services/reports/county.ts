import { municipalityByCode } from '@shared/domain/municipalities';
import { GENDERS } from '@shared/domain/person';
import type { Gender } from '@shared/domain/person';
import { row, table } from './cells';
import { NOT_STATED } from './records';
import type { CompanyRec, PersonRec } from './records';
import type { ReportTable } from '@shared/api/reports';

/**
 * Per-county subtotals (issue 14): companies and participants (by gender) in Örebro län and Västmanlands län, with
 * companies elsewhere as 'other' and without a municipality as 'not stated'. A participant counts in the county of
 * their company. All four rows are always there, so that the two counties are found in the same place every time.
 */

const COUNTY_ROWS = ['orebro', 'vastmanland', 'other', NOT_STATED] as const;

export function countyOf(municipality: string): string {
  if (municipality === NOT_STATED) return NOT_STATED;
  return municipalityByCode(municipality)?.county ?? 'other';
}

export function countyTable(companies: ReadonlyMap<string, CompanyRec>, participants: readonly PersonRec[]): ReportTable {
  const companyCounts = new Map<string, number>();
  for (const c of companies.values()) {
    const k = countyOf(c.municipality);
    companyCounts.set(k, (companyCounts.get(k) ?? 0) + 1);
  }
  const people = new Map<string, Map<Gender, number>>();
  for (const p of participants) {
    const k = countyOf(companies.get(p.companyId)?.municipality ?? NOT_STATED);
    const m = people.get(k) ?? new Map<Gender, number>();
    m.set(p.gender, (m.get(p.gender) ?? 0) + 1);
    people.set(k, m);
  }
  return table(
    'byCounty',
    'county',
    ['companies', 'participants', ...GENDERS],
    COUNTY_ROWS.map((k) => {
      const m = people.get(k) ?? new Map<Gender, number>();
      const byGender = GENDERS.map((g) => m.get(g) ?? 0);
      return row(k, [companyCounts.get(k) ?? 0, byGender.reduce((s, n) => s + n, 0), ...byGender]);
    }),
  );
}

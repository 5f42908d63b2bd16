export const PERSON_ROLES = ['owner', 'manager', 'employee', 'prospective'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Where a role sorts in a list of people: owners first, then managers, employees and prospective employees; an unknown role last. */
export function roleRank(role: string): number {
  const rank = (PERSON_ROLES as readonly string[]).indexOf(role);
  return rank === -1 ? PERSON_ROLES.length : rank;
}

/** Follow-up attributes (DOMAIN.md, "Follow-up and reporting"): every one optional and consented. */
export const GENDERS = ['woman', 'man', 'non_binary', 'not_stated'] as const;
export type Gender = (typeof GENDERS)[number];

export const YES_NO_UNSTATED = ['yes', 'no', 'not_stated'] as const;
export type YesNoUnstated = (typeof YES_NO_UNSTATED)[number];

export const EDUCATION_LEVELS = ['isced_0_2', 'isced_3_4', 'isced_5_8', 'not_stated'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EMPLOYMENT_STATUSES = ['employed', 'unemployed', 'long_term_unemployed', 'inactive', 'not_stated'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const AGE_BANDS = ['under_18', '18_29', '30_54', '55_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(birthYear: number, atYear: number): AgeBand {
  const age = atYear - birthYear;
  if (age < 18) return 'under_18';
  if (age <= 29) return '18_29';
  if (age <= 54) return '30_54';
  return '55_plus';
}

export const COMPANY_STATUSES = ['prospect', 'enrolled', 'completed', 'withdrawn'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const SIZE_CLASSES = ['solo', 'micro', 'small'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** The programme takes companies up to 20 employees; the small class (10–49) is the ceiling we record. */
export const MAX_EMPLOYEES = 49;

/** Employees besides the owner(s): 0 solo, 1–9 micro, 10–49 small. */
export function sizeClass(employees: number): SizeClass {
  if (employees <= 0) return 'solo';
  if (employees <= 9) return 'micro';
  return 'small';
}

export const FIRST_FOUNDING_YEAR = 1800;

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

/** Assessment rounds are made for companies in the programme: enrolled, or done with it and followed up. */
const ROUND_STATUSES: ReadonlySet<CompanyStatus> = new Set<CompanyStatus>(['enrolled', 'completed']);

/** Whether a round (baseline or follow-up) may start for a company in this status. */
export function mayStartRound(status: CompanyStatus): boolean {
  return ROUND_STATUSES.has(status);
}

export type EnrolmentNeed = 'ambition' | 'consent';

/** What a company still lacks to be enrolled: the owner's dated growth ambition, and consent (by whom, when). */
export function enrolmentNeeds(c: {
  growthAmbition: boolean | null;
  growthAmbitionDate: string | null;
  consentBy: string | null;
  consentAt: string | null;
}): EnrolmentNeed[] {
  const needs: EnrolmentNeed[] = [];
  if (c.growthAmbition !== true || !c.growthAmbitionDate) needs.push('ambition');
  if (!c.consentBy || !c.consentAt) needs.push('consent');
  return needs;
}

/**
 * Companies the register's list asks for at a time ("show more" asks for the next ones): a screenful and more, while a
 * search redraws in one frame. 200 rows cost each keystroke about 150 ms of drawing over 5,000 companies.
 */
export const COMPANY_LIST_PAGE_SIZE = 50;

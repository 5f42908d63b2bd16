import { OTHER_MUNICIPALITY } from './municipalities';
import type { CompanyStatus } from './company';

/**
 * The programme's rules on the company (issue 14), one place for the service, the import and the form. The programme
 * takes companies of 0–9 employees, and some of up to 20; one of more than 20 is enrolled only with a stated reason,
 * kept with the company; over 49 (MAX_EMPLOYEES, the contract's limit) it cannot be registered at all.
 */
export const USUAL_MAX_EMPLOYEES = 9;
export const REASON_ABOVE_EMPLOYEES = 20;

/** Who owns the company, as the funder asks (women-owned companies): recorded only with the company's consent. */
export const OWNER_GENDERS = ['women', 'men', 'both', 'not_stated'] as const;
export type OwnerGender = (typeof OWNER_GENDERS)[number];

/** What an enrolment should be warned about: neither refuses it. */
export const ENROLMENT_WARNINGS = ['overTwenty', 'outsideRegion'] as const;
export type EnrolmentWarning = (typeof ENROLMENT_WARNINGS)[number];

export interface CompanyRuleFields {
  status: CompanyStatus;
  employees: number | null;
  municipalityCode: string | null;
  sizeReason: string | null;
  consentBy: string | null;
  consentAt: string | null;
  ownerGender: OwnerGender | null;
}

export function needsSizeReason(employees: number | null): boolean {
  return employees !== null && employees > REASON_ABOVE_EMPLOYEES;
}

/** An enrolled company of more than 20 employees without the reason it was taken. */
export function lacksSizeReason(c: Pick<CompanyRuleFields, 'status' | 'employees' | 'sizeReason'>): boolean {
  return c.status === 'enrolled' && needsSizeReason(c.employees) && !c.sizeReason?.trim();
}

/** The company's consent to store its data (who gave it, and when): what follow-up details about it rest on. */
export function hasCompanyConsent(c: Pick<CompanyRuleFields, 'consentBy' | 'consentAt'>): boolean {
  return Boolean(c.consentBy?.trim()) && c.consentAt !== null;
}

/** The warnings to show when the company is (being) enrolled: over 20 employees, outside the two counties. */
export function enrolmentWarnings(c: Pick<CompanyRuleFields, 'employees' | 'municipalityCode'>): EnrolmentWarning[] {
  const out: EnrolmentWarning[] = [];
  if (needsSizeReason(c.employees)) out.push('overTwenty');
  if (c.municipalityCode === OTHER_MUNICIPALITY) out.push('outsideRegion');
  return out;
}

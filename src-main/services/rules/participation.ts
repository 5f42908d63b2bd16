import { AppError, validationError } from '@shared/api/errors';
import { entryAgeBand, participationIssues } from '@shared/domain/participation';
import type { PersonFields } from './person';

const ENTRY_DETAILS = ['entryEmploymentStatus', 'entryEducationLevel'] as const;

/**
 * A participant's entry, exit and results (issue 14), after the consent rules (`applyConsentRules`) have run.
 * The dates and results are participation records (the funder's record keeping, no consent needed); what is counted
 * at entry are follow-up details: only with consent, empty without it. The age band at entry is derived from the
 * birth year at the entry date; recording an entry fixes the employment status and education the person has then,
 * unless the write names them. `previousEntry`: the entry date before this write (null for a new person or a file's).
 */
export function applyParticipationRules(
  merged: PersonFields,
  patch: Partial<PersonFields>,
  previousEntry: string | null,
  today: string,
): PersonFields {
  const f = { ...merged };
  const issues = participationIssues(f, today);
  if (issues.length) throw validationError(issues);
  if (!f.followupConsent) {
    if (ENTRY_DETAILS.some((k) => patch[k] !== undefined && patch[k] !== null)) throw new AppError('person.followupWithoutConsent');
    return { ...f, entryAgeBand: null, entryEmploymentStatus: null, entryEducationLevel: null };
  }
  if (f.entryDate === null) return { ...f, entryAgeBand: null, entryEmploymentStatus: null, entryEducationLevel: null };
  if (previousEntry === null && patch.entryDate !== undefined) {
    if (patch.entryEmploymentStatus === undefined) f.entryEmploymentStatus = f.employmentStatus;
    if (patch.entryEducationLevel === undefined) f.entryEducationLevel = f.educationLevel;
  }
  f.entryAgeBand = entryAgeBand(f.birthYear, f.entryDate);
  return f;
}

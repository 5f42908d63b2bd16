import { AppError, validationError } from '@shared/api/errors';
import { FOLLOWUP_FIELDS } from '@shared/api/people';
import type { PersonPatch } from '@shared/api/people';
import { datesInFuture } from '@shared/domain/dates';

export type PersonFields = Required<PersonPatch>;

/**
 * Follow-up attributes exist only with consent: setting one without it is refused, and a record without
 * consent keeps none of them (withdrawing consent erases them and the consent date). Agreeing to share ratings with
 * the employer is dated the same way. Neither date may be in the future. The people service runs it on every write
 * (`patch`: the fields the write sets); the exchange import on every incoming person (the whole record is the patch).
 */
export function applyConsentRules(merged: PersonFields, patch: Partial<PersonFields>, today: string): PersonFields {
  const f = { ...merged };
  const dates = { followupConsentAt: f.followupConsentAt, ratingsSharedAt: f.ratingsSharedAt, passportConsentAt: f.passportConsentAt };
  const future = datesInFuture(dates, today);
  if (future.length) throw validationError(future);
  if (!f.followupConsent) {
    if (FOLLOWUP_FIELDS.some((k) => patch[k] !== undefined && patch[k] !== null)) {
      throw new AppError('person.followupWithoutConsent');
    }
    for (const k of FOLLOWUP_FIELDS) (f as Record<string, unknown>)[k] = null;
    f.followupConsentAt = null;
  } else if (!f.followupConsentAt) {
    f.followupConsentAt = today;
  }
  // Sharing ratings with the employer is dated like consent: the day of the agreement, gone with it.
  if (!f.ratingsShared) f.ratingsSharedAt = null;
  else if (!f.ratingsSharedAt) f.ratingsSharedAt = today;
  // Consent to a competence passport likewise (issue 16).
  if (!f.passportConsent) f.passportConsentAt = null;
  else if (!f.passportConsentAt) f.passportConsentAt = today;
  return f;
}

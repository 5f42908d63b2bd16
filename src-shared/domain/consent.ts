/**
 * Consents the register records, each as a history of events (GDPR art. 7: a controller must be able to show that
 * consent was given, and when it was withdrawn). `company` is the company's own consent to take part (its
 * "consent given by"); the others belong to a person.
 * - followup: follow-up details (gender, birth year, background…) — legal basis: consent.
 * - ratingsShared: the plan shows the person's ratings to the employer — legal basis: consent.
 * - participation: the person takes part in the programme; the participation records rest on the funder's
 *   record-keeping obligation, not on consent, so withdrawing it removes nothing that must be kept.
 * - company: the company's consent to take part (who gave it, when, its scope).
 * - passport: the person's consent to a competence passport.
 */
export const CONSENT_KINDS = ['followup', 'ratingsShared', 'participation', 'company', 'passport'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CONSENT_ACTIONS = ['given', 'withdrawn'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/** The legal basis each kind of data rests on (shown on the person form). */
export const LEGAL_BASES = ['consent', 'legalObligation'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS: Record<ConsentKind, LegalBasis> = {
  followup: 'consent',
  ratingsShared: 'consent',
  participation: 'legalObligation',
  company: 'consent',
  passport: 'consent',
};

/** The version of each consent text the register shows; bump it when the wording of a consent text changes. */
export const CONSENT_TEXT_VERSION: Record<ConsentKind, string> = {
  followup: '1',
  ratingsShared: '1',
  participation: '1',
  company: '1',
  passport: '1',
};

/** One consent event, as stored (`consent_events`) and as shown in a person's history. */
export interface ConsentEvent {
  id: string;
  companyId: string;
  /** null for the company's own consent. */
  personId: string | null;
  kind: ConsentKind;
  action: ConsentAction;
  /** Swedish calendar date (YYYY-MM-DD) the consent was given or withdrawn. */
  date: string;
  /** Who recorded it (the advisor, or who gave the consent for the company); null when unknown. */
  by: string | null;
  /** The version of the consent text shown (CONSENT_TEXT_VERSION at the time). */
  textVersion: string;
  createdAt: string;
}

export function isConsentKind(v: unknown): v is ConsentKind {
  return typeof v === 'string' && (CONSENT_KINDS as readonly string[]).includes(v);
}

/** Given the state before and after a write, the action to record, or null when the consent did not change. */
export function consentChange(before: boolean, after: boolean): ConsentAction | null {
  if (before === after) return null;
  return after ? 'given' : 'withdrawn';
}

/**
 * What an erasure writes where a person's name stood and the field must keep something: "consent given by" of an
 * enrolled company, a note that named them. The same in every language (it travels between offices).
 */
export const ERASED_MARK = '[raderad]';

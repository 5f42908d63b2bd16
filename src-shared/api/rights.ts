import { z } from 'zod';
import { channel } from './contract';
import { id, isoDate } from './fields';
import type { Company } from './companies';
import type { Person } from './people';
import type { BilingualText } from '../domain/frameworks';
import { CONSENT_TEXT_VERSION } from '../domain/consent';
import type { ConsentEvent, ConsentKind, LegalBasis } from '../domain/consent';
import type { RetentionCandidate, RetentionRule } from '../domain/retention';
import { MAX_RETENTION_YEARS, MAX_PROSPECT_MONTHS } from '../domain/retention';

/**
 * A person's rights (issue 15): what the register holds about them (GDPR art. 15) and its log, their consent history
 * with the legal basis of each kind of data, notes flagged after an erasure, and the retention rule with the companies
 * and people past it.
 */

export interface PersonDataRating {
  roundId: string;
  kind: string;
  date: string;
  completedAt: string | null;
  /** The person's role in the round. */
  role: string;
  competences: {
    competenceId: string;
    name: BilingualText | null;
    requiredLevel: number | null;
    selfLevel: number | null;
    advisorLevel: number | null;
    note: string | null;
  }[];
}

export interface PersonDataActivity {
  id: string;
  title: string;
  status: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** The sessions the person attended, with their hours. */
  attendance: { date: string; hours: number }[];
}

export interface PersonDataContact {
  id: string;
  date: string;
  kind: string;
  advisor: string;
  hours: number;
  /** Next steps of the contact the person owns. */
  steps: { text: string; dueDate: string | null; done: boolean }[];
}

/** An office this person's record was sent to (the exchange's marks), with the last file sent there. */
export interface PersonDataRecipient {
  office: string;
  fingerprint: string;
  lastSentAt: string | null;
}

/** Everything the register holds about one person, and nothing about anyone else. */
export interface PersonData {
  format: 'vaxtkraft-person-data';
  version: 1;
  exportedAt: string;
  person: Person;
  /** The company the person belongs to: its name only, or its whole record when it is the person's own sole trader firm. */
  company: { id: string; name: string; soleTrader: boolean; record: Company | null };
  /** The company's contact details, when the person is its contact. */
  companyContact: { name: string | null; phone: string | null; email: string | null } | null;
  legalBases: Record<ConsentKind, LegalBasis>;
  consents: ConsentEvent[];
  ratings: PersonDataRating[];
  activities: PersonDataActivity[];
  contacts: PersonDataContact[];
  recipients: PersonDataRecipient[];
}

export interface ReviewFlag {
  id: string;
  entity: string;
  entityId: string;
  companyId: string | null;
  field: string;
  flaggedAt: string;
}

export interface RightsLogEntry {
  id: string;
  at: string;
  action: 'export' | 'erase' | 'retention';
  personId: string | null;
  companyId: string | null;
  detail: Record<string, number | string>;
}

export interface RetentionScan {
  rule: RetentionRule;
  today: string;
  candidates: RetentionCandidate[];
}

export const retentionRuleSchema = z.strictObject({
  programmeEndDate: isoDate.nullable(),
  years: z.number({ error: 'number' }).int({ error: 'number' }).min(1, { error: 'number' }).max(MAX_RETENTION_YEARS, { error: 'number' }),
  prospectMonths: z
    .number({ error: 'number' })
    .int({ error: 'number' })
    .min(1, { error: 'number' })
    .max(MAX_PROSPECT_MONTHS, { error: 'number' }),
});

const personRef = z.strictObject({ personId: id });
/** `logged: false` only for the PDF's access check before its window opens: the view's own call logs the export. */
const personDataInput = z.strictObject({ personId: id, logged: z.boolean().optional().default(true) });
/** Consents the register has no column for: recorded on their own (participation). */
const recordableKind = z.enum(['participation'], { error: 'choice' });

export const rightsApi = {
  'consent.history': channel<ConsentEvent[]>()(z.union([personRef, z.strictObject({ companyId: id })])),
  'consent.record': channel<ConsentEvent | null>()(
    z.strictObject({ personId: id, kind: recordableKind, given: z.boolean(), date: isoDate.nullable().optional() }),
  ),
  'rights.personData': channel<PersonData>()(personDataInput),
  'rights.reviewFlags': channel<ReviewFlag[]>()(z.strictObject({ companyId: id })),
  'rights.markReviewed': channel<{ reviewed: true }>()(z.strictObject({ id })),
  'rights.log': channel<RightsLogEntry[]>()(z.strictObject({})),
  'retention.getRule': channel<RetentionRule>()(z.strictObject({})),
  'retention.setRule': channel<RetentionRule>()(retentionRuleSchema),
  'retention.scan': channel<RetentionScan>()(z.strictObject({})),
  'retention.erase': channel<{ companies: number; people: number }>()(
    z.strictObject({ companyIds: z.array(id).max(10_000), personIds: z.array(id).max(10_000) }),
  ),
};

export { CONSENT_TEXT_VERSION };

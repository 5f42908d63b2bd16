import { z } from 'zod';
import { channel } from './contract';
import { id, isoDate, optionalText, pastDate, text } from './fields';
import { isQuarterHours, MAX_HOURS_A_DAY } from '../domain/hours';

export const CONTACT_KINDS = ['visit', 'office', 'phone', 'video', 'email'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const MAX_NEXT_STEPS = 20;
export const MAX_PRESENT = 60;

/** Hours of one contact: more than nothing, at most a day, in quarter hours. Messages are keys under `errors.field.`. */
export const contactHours = z
  .number({ error: 'number' })
  .finite({ error: 'number' })
  .min(0, { error: 'negative' })
  .gt(0, { error: 'contact.hoursPositive' })
  .max(MAX_HOURS_A_DAY, { error: 'contact.hoursMax' })
  .refine(isQuarterHours, { error: 'contact.quarterHours' });

/** An agreed next step: its owner is a person of the company, or someone named in free text. */
export const nextStepSchema = z.strictObject({
  text: text(500).min(1, { error: 'required' }),
  dueDate: isoDate,
  ownerText: optionalText(200),
  ownerPersonId: id.nullable(),
  done: z.boolean(),
});
export type NextStep = z.output<typeof nextStepSchema>;
export type NextStepInput = z.input<typeof nextStepSchema>;

export const contactFieldSchemas = {
  /** Not after today: the service checks it with its clock (`datesInFuture`). */
  date: pastDate,
  kind: z.enum(CONTACT_KINDS, { error: 'choice' }),
  advisor: text(200).min(1, { error: 'required' }),
  personIds: z.array(id).max(MAX_PRESENT, { error: 'tooLong' }),
  hours: contactHours,
  summary: optionalText(10_000),
  nextSteps: z.array(nextStepSchema).max(MAX_NEXT_STEPS, { error: 'tooLong' }),
} as const;

export const contactPatchSchema = z.strictObject(contactFieldSchemas).partial();
export type ContactPatch = z.output<typeof contactPatchSchema>;

export const contactCreateSchema = z.strictObject({ companyId: id, ...contactFieldSchemas });
export type ContactCreateInput = z.input<typeof contactCreateSchema>;

export interface Contact {
  id: string;
  companyId: string;
  date: string;
  kind: ContactKind;
  advisor: string;
  personIds: string[];
  hours: number;
  /** Internal: never in the company's PDF nor in a report. */
  summary: string | null;
  nextSteps: NextStep[];
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** One open next step, where it was agreed and whose it is to follow up. */
export interface DueStep extends NextStep {
  contactId: string;
  /** Its place in the contact's list: what an update names to mark it done. */
  index: number;
  companyId: string;
  companyName: string;
  advisor: string;
  /** The owner's name when the owner is a person of the company. */
  ownerName: string | null;
  overdue: boolean;
}

/** Open next steps due by the end of this week (Sunday) and earlier, grouped by the advisor who logged them. */
export interface StepsDue {
  today: string;
  weekEnd: string;
  byAdvisor: Array<{ advisor: string; steps: DueStep[] }>;
}

export const contactsApi = {
  'contacts.list': channel<Contact[]>()(z.strictObject({ companyId: id })),
  'contacts.create': channel<Contact>()(contactCreateSchema),
  'contacts.update': channel<Contact>()(z.strictObject({ id, patch: contactPatchSchema })),
  'contacts.delete': channel<{ deleted: true }>()(z.strictObject({ id })),
  'contacts.stepsDue': channel<StepsDue>()(z.strictObject({})),
};

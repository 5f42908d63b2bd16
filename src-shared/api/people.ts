import { z } from 'zod';
import { channel } from './contract';
import { participationFieldSchemas } from './participation';
import type { ParticipantFields } from './participation';
import { id, isoDate, optionalText, pastDate, text } from './fields';
import { personnummerShapeError } from '../domain/personnummer';
import { EDUCATION_LEVELS, EMPLOYMENT_STATUSES, GENDERS, PERSON_ROLES, YES_NO_UNSTATED } from '../domain/person';
import type { EducationLevel, EmploymentStatus, Gender, PersonRole, YesNoUnstated } from '../domain/person';

export const FIRST_BIRTH_YEAR = 1900;

/** A personnummer as typed: its own digits checked here (errors.field.personnummer.*), the century and the future by the service. */
export const personnummerField = optionalText(20).superRefine((value, ctx) => {
  const reason = value === null ? null : personnummerShapeError(value);
  if (reason) ctx.addIssue({ code: 'custom', message: `personnummer.${reason}` });
});

/**
 * The follow-up attributes: asked only with the person's consent, and erased when consent is withdrawn.
 */
export const FOLLOWUP_FIELDS = [
  'gender',
  'birthYear',
  'foreignBackground',
  'thirdCountryNational',
  'disability',
  'accessibilityNeeds',
  'educationLevel',
  'employmentStatus',
] as const;
export type FollowupField = (typeof FOLLOWUP_FIELDS)[number];

export const personFieldSchemas = {
  name: text(200).min(1, { error: 'required' }),
  role: z.enum(PERSON_ROLES, { error: 'choice' }),
  jobTitle: optionalText(200),
  startDate: isoDate.nullable(),
  followupConsent: z.boolean(),
  followupConsentAt: pastDate.nullable(),
  gender: z.enum(GENDERS, { error: 'choice' }).nullable(),
  birthYear: z
    .number({ error: 'number' })
    .int({ error: 'integer' })
    .min(FIRST_BIRTH_YEAR, { error: 'yearTooEarly' })
    .refine((y) => y <= new Date().getFullYear() - 13, { error: 'birthYearTooLate' })
    .nullable(),
  foreignBackground: z.enum(YES_NO_UNSTATED, { error: 'choice' }).nullable(),
  thirdCountryNational: z.enum(YES_NO_UNSTATED, { error: 'choice' }).nullable(),
  disability: z.enum(YES_NO_UNSTATED, { error: 'choice' }).nullable(),
  accessibilityNeeds: optionalText(500),
  educationLevel: z.enum(EDUCATION_LEVELS, { error: 'choice' }).nullable(),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES, { error: 'choice' }).nullable(),
  ratingsShared: z.boolean(),
  ratingsSharedAt: pastDate.nullable(),
  learningWishes: optionalText(2000),
  passportConsent: z.boolean(),
  passportConsentAt: pastDate.nullable(),
  ...participationFieldSchemas,
  /** For the funder's participant registration; written here, read back only masked (`Person.personnummerMasked`). */
  personnummer: personnummerField,
} as const;

export const personPatchSchema = z.strictObject(personFieldSchemas).partial();
export type PersonPatch = z.output<typeof personPatchSchema>;
export type PersonPatchInput = z.input<typeof personPatchSchema>;

export const personCreateSchema = personPatchSchema.extend({
  companyId: id,
  name: personFieldSchemas.name,
  role: personFieldSchemas.role,
});
export type PersonCreateInput = z.input<typeof personCreateSchema>;

export interface Person extends ParticipantFields {
  id: string;
  companyId: string;
  name: string;
  role: PersonRole;
  jobTitle: string | null;
  startDate: string | null;
  followupConsent: boolean;
  followupConsentAt: string | null;
  gender: Gender | null;
  birthYear: number | null;
  foreignBackground: YesNoUnstated | null;
  thirdCountryNational: YesNoUnstated | null;
  disability: YesNoUnstated | null;
  accessibilityNeeds: string | null;
  educationLevel: EducationLevel | null;
  employmentStatus: EmploymentStatus | null;
  /**
   * The person agreed that the printed plan shows their own and the advisor's ratings to the employer (no by
   * default), and the day they agreed; without it the plan shows their activities only.
   */
  ratingsShared: boolean;
  ratingsSharedAt: string | null;
  /** What the person wants to learn next, in their words: printed in their competence passport. */
  learningWishes: string | null;
  /** The person's consent to a competence passport (no by default) and its day; without it none is made. */
  passportConsent: boolean;
  passportConsentAt: string | null;
  /** The personnummer as the screen shows it (`********-NNNN`), or null; the full number is only written, never read back. */
  personnummerMasked: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export const peopleApi = {
  'people.list': channel<Person[]>()(z.strictObject({ companyId: id })),
  'people.create': channel<Person>()(personCreateSchema),
  'people.update': channel<Person>()(z.strictObject({ id, patch: personPatchSchema })),
  'people.delete': channel<{ deleted: true }>()(z.strictObject({ id })),
};

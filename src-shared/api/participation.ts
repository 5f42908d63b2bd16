import { z } from 'zod';
import { channel } from './contract';
import { pastDate } from './fields';
import { AGE_BANDS, EDUCATION_LEVELS, EMPLOYMENT_STATUSES } from '../domain/person';
import type { AgeBand, EducationLevel, EmploymentStatus } from '../domain/person';

/**
 * A participant's entry, exit and results (issue 14): fields of the person record (the people channels write them,
 * the exchange file carries them). Rules: src-shared/domain/participation.ts. The entry values are consented
 * follow-up details: without consent they are empty; `entryAgeBand` is derived (birth year at the entry date).
 */
const result = z.boolean().nullable();

export const participationFieldSchemas = {
  entryDate: pastDate.nullable(),
  entryAgeBand: z.enum(AGE_BANDS, { error: 'choice' }).nullable(),
  entryEmploymentStatus: z.enum(EMPLOYMENT_STATUSES, { error: 'choice' }).nullable(),
  entryEducationLevel: z.enum(EDUCATION_LEVELS, { error: 'choice' }).nullable(),
  exitDate: pastDate.nullable(),
  exitInEducation: result,
  exitQualification: result,
  exitInEmployment: result,
  exitJobSearching: result,
  sixMonthDate: pastDate.nullable(),
  sixMonthInEmployment: result,
  sixMonthImproved: result,
} as const;

type Schemas = typeof participationFieldSchemas;

/** In an exchange file: optional, none when absent (files written before issue 14). */
export const participationRecordFields = Object.fromEntries(
  Object.entries(participationFieldSchemas).map(([k, s]) => [k, (s as z.ZodType<unknown>).optional().default(null)]),
) as { [K in keyof Schemas]: z.ZodDefault<z.ZodOptional<Schemas[K]>> };

export interface ParticipantFields {
  entryDate: string | null;
  entryAgeBand: AgeBand | null;
  entryEmploymentStatus: EmploymentStatus | null;
  entryEducationLevel: EducationLevel | null;
  exitDate: string | null;
  exitInEducation: boolean | null;
  exitQualification: boolean | null;
  exitInEmployment: boolean | null;
  exitJobSearching: boolean | null;
  sixMonthDate: string | null;
  sixMonthInEmployment: boolean | null;
  sixMonthImproved: boolean | null;
}

/** A participant whose six-month follow-up is due (the overview's list). */
export interface FollowupDueLine {
  personId: string;
  personName: string;
  companyId: string;
  companyName: string;
  advisor: string | null;
  exitDate: string;
  dueDate: string;
  daysOverdue: number;
}

export const participationApi = {
  'participation.due': channel<FollowupDueLine[]>()(z.strictObject({})),
};

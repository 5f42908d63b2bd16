import { z } from 'zod';
import { channel } from './contract';
import { id, isoDate, optionalText, text } from './fields';
import { municipalityCodeField } from './companies';
import { refId } from './assessments';
import type { Goal } from './assessments';
import { LANGUAGES } from '../i18n/languages';
import type { Language } from '../i18n/languages';
import type { BilingualText } from '../domain/frameworks';
import type { Gender, PersonRole } from '../domain/person';
import type { ActivitySession } from './sessions';
import { programmeShareField } from './aid';

/**
 * Development plans (issue 5): providers, activity types, one plan per company with its activities, suggestions
 * from the gap analysis, totals, the follow-up overview and the exports. Field messages are keys under
 * `errors.field.` (the plan's own rules under `errors.field.plan.`).
 */

export const PROVIDER_KINDS = ['municipality', 'education_provider', 'consultant', 'business_support', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const ACTIVITY_TYPE_IDS = [
  'course',
  'workshop',
  'coaching',
  'mentoring',
  'e_learning',
  'on_the_job',
  'network_meeting',
  'study_visit',
] as const;
export type ActivityTypeId = (typeof ACTIVITY_TYPE_IDS)[number];

export const ACTIVITY_LEVELS = ['company', 'individual'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

export const ACTIVITY_STATUSES = ['planned', 'booked', 'ongoing', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Follow-up dates this close (or already passed) put the company on the overview. */
export const FOLLOW_UP_WINDOW_DAYS = 30;
export const MAX_HOURS = 10_000;
export const MAX_COST_SEK = 100_000_000;

const languageField = z.enum(LANGUAGES, { error: 'choice' });

// ---------- providers ----------

export const providerFieldSchemas = {
  name: text(200).min(1, { error: 'required' }),
  kind: z.enum(PROVIDER_KINDS, { error: 'choice' }),
  municipalityCode: municipalityCodeField,
  contact: optionalText(300),
  topics: z.array(text(100).min(1, { error: 'required' })).max(20, { error: 'invalid' }),
} as const;

export const providerPatchSchema = z.strictObject(providerFieldSchemas).partial();
export type ProviderPatchInput = z.input<typeof providerPatchSchema>;
export const providerCreateSchema = providerPatchSchema.extend({
  name: providerFieldSchemas.name,
  kind: providerFieldSchemas.kind,
});
export type ProviderCreateInput = z.input<typeof providerCreateSchema>;

export interface Provider {
  id: string;
  name: string;
  kind: ProviderKind;
  municipalityCode: string | null;
  contact: string | null;
  topics: string[];
  /** Activities (in any company) that name this provider. */
  activityCount: number;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface ActivityType {
  id: ActivityTypeId;
  name: BilingualText;
  description: BilingualText;
  typicalHours: number;
}

// ---------- activities ----------

const hoursField = z
  .number({ error: 'number' })
  .finite({ error: 'number' })
  .min(0, { error: 'negative' })
  .max(MAX_HOURS, { error: 'plan.hoursMax' })
  .nullable();

const costField = z
  .number({ error: 'number' })
  .finite({ error: 'number' })
  .min(0, { error: 'negative' })
  .max(MAX_COST_SEK, { error: 'plan.costMax' })
  .nullable();

export const activityFieldSchemas = {
  title: text(200).min(1, { error: 'required' }),
  typeId: z.enum(ACTIVITY_TYPE_IDS, { error: 'choice' }).nullable(),
  level: z.enum(ACTIVITY_LEVELS, { error: 'choice' }),
  competenceIds: z.array(refId).max(50, { error: 'invalid' }),
  personIds: z.array(id).max(60, { error: 'invalid' }),
  providerId: id.nullable(),
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  hours: hoursField,
  costSek: costField,
  fundingSource: optionalText(200),
  responsible: optionalText(200),
  status: z.enum(ACTIVITY_STATUSES, { error: 'choice' }),
  outcomeRating: z
    .number({ error: 'number' })
    .int({ error: 'plan.rating' })
    .min(1, { error: 'plan.rating' })
    .max(5, { error: 'plan.rating' })
    .nullable(),
  outcomeComment: optionalText(2000),
  /** Never printed or exported to the entrepreneur. */
  internalNote: optionalText(2000),
  /**
   * What was adapted so that everyone could take part (interpreter, step-free venue, easy-to-read material…).
   * Counted in the programme report; never printed, as it can point at a participant's disability.
   */
  accessibilityAdaptations: optionalText(1000),
  /** Why the activity is done without recorded sessions (issue 13): the advisor's words. */
  attendanceWaiver: optionalText(1000),
  /** The part of the cost the programme pays: de minimis aid to the company (not above the cost, see rules/activity). */
  programmeShareSek: programmeShareField,
} as const;

export const activityPatchSchema = z.strictObject(activityFieldSchemas).partial();
export type ActivityPatch = z.output<typeof activityPatchSchema>;
export type ActivityPatchInput = z.input<typeof activityPatchSchema>;
export const activityCreateSchema = activityPatchSchema.extend({ companyId: id, title: activityFieldSchemas.title });
export type ActivityCreateInput = z.input<typeof activityCreateSchema>;
export type ActivityField = keyof typeof activityFieldSchemas;

export interface Activity {
  id: string;
  planId: string;
  companyId: string;
  title: string;
  typeId: ActivityTypeId | null;
  level: ActivityLevel;
  competenceIds: string[];
  personIds: string[];
  providerId: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  hours: number | null;
  costSek: number | null;
  fundingSource: string | null;
  responsible: string | null;
  status: ActivityStatus;
  outcomeRating: number | null;
  outcomeComment: string | null;
  internalNote: string | null;
  accessibilityAdaptations: string | null;
  attendanceWaiver: string | null;
  /** By date: who attended each, for how long (sessions.* channels write them). */
  sessions: ActivitySession[];
  programmeShareSek: number | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

// ---------- the plan ----------

/** A person as the plan shows them: never any follow-up attribute. */
export interface PlanPerson {
  id: string;
  name: string;
  role: PersonRole;
  jobTitle: string | null;
}

/** What the plan is tied to: the vision and goals of the company's latest round (completed first). */
export interface PlanBasis {
  roundId: string;
  roundDate: string;
  completed: boolean;
  advisor: string;
  vision: string | null;
  goals: Goal[];
}

export interface Plan {
  id: string;
  companyId: string;
  companyName: string;
  advisor: string | null;
  nextFollowUp: string | null;
  note: string | null;
  basis: PlanBasis | null;
  people: PlanPerson[];
  /** Competence names for every id the activities (or suggestions) use. */
  competences: Array<{ id: string; name: BilingualText }>;
  activities: Activity[];
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export const planPatchSchema = z
  .strictObject({
    nextFollowUp: isoDate.nullable(),
    note: optionalText(2000),
  })
  .partial();
export type PlanPatchInput = z.input<typeof planPatchSchema>;

export interface Suggestion {
  /** Stable within one round: `competenceId`. */
  key: string;
  competenceId: string;
  competenceName: BilingualText;
  title: string;
  typeId: ActivityTypeId;
  level: ActivityLevel;
  personIds: string[];
  hours: number;
  /** The largest gap among the people (levels). */
  maxGap: number;
  /** Sum of the priority-weighted gaps, for ranking. */
  weight: number;
}

export interface SuggestionsResult {
  roundId: string | null;
  suggestions: Suggestion[];
}

export interface PlanTotals {
  totalHours: number;
  /** The hours the activities actually ran: their sessions (domain/attendance.ts), beside the planned `totalHours`. */
  totalActualHours: number;
  totalCostSek: number;
  /** Hours each participant takes part in (cancelled activities excluded), planned and attended. */
  hoursByPerson: Array<{ personId: string; name: string; hours: number; actualHours: number }>;
  /** From the consented follow-up attributes; 'not_stated' otherwise. */
  hoursByGender: Record<Gender, number>;
  byStatus: Record<ActivityStatus, { count: number; hours: number; costSek: number }>;
}

export interface FollowUpDue {
  companyId: string;
  companyName: string;
  advisor: string | null;
  nextFollowUp: string;
  /** Negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

export interface CsvExport {
  fileName: string;
  text: string;
}

const companyRef = z.strictObject({ companyId: id });

export const plansApi = {
  'providers.list': channel<Provider[]>()(z.strictObject({})),
  'providers.create': channel<Provider>()(providerCreateSchema),
  'providers.update': channel<Provider>()(z.strictObject({ id, patch: providerPatchSchema })),
  'providers.delete': channel<{ deleted: true }>()(z.strictObject({ id })),
  'activityTypes.list': channel<ActivityType[]>()(z.strictObject({})),

  'plans.get': channel<Plan>()(companyRef),
  'plans.update': channel<Plan>()(z.strictObject({ companyId: id, patch: planPatchSchema })),
  'plans.suggest': channel<SuggestionsResult>()(z.strictObject({ companyId: id, language: languageField.default('sv') })),
  'plans.totals': channel<PlanTotals>()(companyRef),
  'plans.dueForFollowUp': channel<FollowUpDue[]>()(z.strictObject({})),
  'plans.exportCsv': channel<CsvExport>()(z.strictObject({ companyId: id, language: languageField })),

  'activities.create': channel<Activity>()(activityCreateSchema),
  'activities.update': channel<Activity>()(z.strictObject({ id, patch: activityPatchSchema })),
  'activities.delete': channel<{ deleted: true }>()(z.strictObject({ id })),
};

export type { Language };

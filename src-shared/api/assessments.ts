import { z } from 'zod';
import { channel } from './contract';
import { id, isoDate, optionalText, text } from './fields';
import { MAX_LEVEL, MIN_LEVEL } from '../domain/frameworks';
import type {
  BilingualText,
  CompetenceCatalogue,
  CompetenceSource,
  LevelDescriptor,
  Priority,
  SituationFramework,
} from '../domain/frameworks';
import type { PersonRole } from '../domain/person';

/**
 * The guided assessments (issue 3): rounds of the situation assessment, vision and goals, and the competence
 * analysis of every person. Field messages are keys under `errors.field.`.
 */

export const ROUND_KINDS = ['baseline', 'followup'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const GOAL_KINDS = ['turnover', 'employees', 'new_markets', 'export_share', 'free'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const MAX_NOTE = 2000;
export const MAX_VISION = 5000;

/** A rating on the 1–5 scale: whole numbers only. */
export const levelField = z
  .number({ error: 'number' })
  .int({ error: 'level' })
  .min(MIN_LEVEL, { error: 'level' })
  .max(MAX_LEVEL, { error: 'level' });

/** A framework id (question, area, catalogue competence) or a custom competence's uuid. */
export const refId = z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' });

const areaIds = z.array(refId).max(20, { error: 'invalid' }).default([]);

const goalValue = z.number({ error: 'number' }).finite({ error: 'number' }).nullable().default(null);

export const goalInputSchema = z.strictObject({
  roundId: id,
  /** Absent: a new goal. */
  id: id.optional(),
  kind: z.enum(GOAL_KINDS, { error: 'choice' }),
  label: optionalText(300).default(null),
  currentValue: goalValue,
  targetValue: goalValue,
  targetYear: z
    .number({ error: 'number' })
    .int({ error: 'integer' })
    .min(2000, { error: 'yearTooEarly' })
    .max(2100, { error: 'invalid' })
    .nullable()
    .default(null),
  areaIds,
});

export const strategyInputSchema = z.strictObject({
  roundId: id,
  id: id.optional(),
  text: text(2000).min(1, { error: 'required' }),
  areaIds,
});

const bilingualInput = z.strictObject({ sv: text(200), en: text(200) });
const bilingualLongInput = z.strictObject({ sv: text(1000), en: text(1000) });

/** At least one language; an empty one is filled from the other. */
const customName = bilingualInput.refine((n) => n.sv !== '' || n.en !== '', { error: 'required' });
/** Optional behaviour descriptors, exactly levels 1–5 in order. */
export const customLevels = z
  .array(z.strictObject({ level: levelField, descriptor: bilingualLongInput }))
  .length(5, { error: 'invalid' })
  .refine((ls) => ls.every((l, i) => l.level === i + 1), { error: 'invalid' });

export const customCompetenceInputSchema = z.strictObject({
  companyId: id,
  name: customName,
  description: bilingualLongInput.nullable().default(null),
  levels: customLevels.nullable().default(null),
});

/** A change to a company-specific competence: absent fields are unchanged, null clears. */
export const customCompetenceUpdateSchema = z.strictObject({
  id,
  patch: z.strictObject({
    name: customName.optional(),
    description: bilingualLongInput.nullable().optional(),
    levels: customLevels.nullable().optional(),
  }),
});

export const ratingInputSchema = z.strictObject({
  roundId: id,
  personId: id,
  competenceId: refId,
  /** Absent: unchanged; null: cleared. */
  required: levelField.nullable().optional(),
  selfLevel: levelField.nullable().optional(),
  advisorLevel: levelField.nullable().optional(),
  note: optionalText(MAX_NOTE).optional(),
});

// ---------- results ----------

/** A competence the analysis can use: from the catalogue (of some version) or company-specific. */
export interface CompetenceDefinition {
  id: string;
  custom: boolean;
  groupId: string | null;
  source: CompetenceSource | 'custom';
  name: BilingualText;
  description: BilingualText | null;
  levels: LevelDescriptor[] | null;
  defaultPriority: Priority | null;
  /** Roles that get it by default (catalogue); empty for custom competences. */
  roles: PersonRole[];
  revision: number | null;
}

export interface FrameworksResult {
  situation: SituationFramework;
  catalogue: CompetenceCatalogue;
  /** Every version this build knows, newest last. */
  situationVersions: number[];
  catalogueVersions: number[];
}

export interface CompanyCompetences {
  catalogueVersion: number;
  competences: CompetenceDefinition[];
}

export interface RoundListItem {
  id: string;
  companyId: string;
  kind: RoundKind;
  date: string;
  advisor: string;
  frameworkId: string;
  frameworkVersion: number;
  catalogueVersion: number;
  completedAt: string | null;
  completedBy: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface Answer {
  questionId: string;
  level: number | null;
  note: string | null;
  /** The advisor marked the note as one the entrepreneur may read: the business check prints it (never otherwise). */
  noteShared: boolean;
  updatedAt: string;
}

export interface AreaTarget {
  areaId: string;
  targetLevel: number;
}

export interface Goal {
  id: string;
  roundId: string;
  kind: GoalKind;
  label: string | null;
  currentValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
  areaIds: string[];
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface Strategy {
  id: string;
  roundId: string;
  text: string;
  areaIds: string[];
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface Rating {
  competenceId: string;
  requiredLevel: number | null;
  selfLevel: number | null;
  advisorLevel: number | null;
  note: string | null;
  /** Both current levels given and different: shown to the advisor. */
  disagreement: boolean;
}

export interface RoundPerson {
  personId: string;
  name: string;
  role: PersonRole;
  jobTitle: string | null;
  /** Not yet touched in this round: the competences are the role's defaults, not stored until a first write. */
  pending: boolean;
  competences: Rating[];
}

export interface StepProgress {
  /** 'area:<id>', 'vision', 'person:<id>' */
  step: string;
  done: number;
  total: number;
}

export interface RoundDetail extends RoundListItem {
  basedOnRoundId: string | null;
  vision: string | null;
  lastStep: string | null;
  answers: Answer[];
  areaTargets: AreaTarget[];
  goals: Goal[];
  strategies: Strategy[];
  people: RoundPerson[];
  /** The company-specific competences this round refers to (as they were at completion, for a completed round). */
  customCompetences: CompetenceDefinition[];
  progress: StepProgress[];
}

export interface UnratedPair {
  personId: string;
  competenceId: string;
  missing: Array<'required' | 'current'>;
}

export interface AreaSummary {
  areaId: string;
  answered: number;
  total: number;
  /** 0–100 from the answered levels (scoreFromLevels); null with no answers. */
  score: number | null;
  /** Mean answered level, one decimal; null with no answers. */
  currentLevel: number | null;
  targetLevel: number | null;
  targetScore: number | null;
}

export interface RoundSummary {
  roundId: string;
  unansweredQuestions: Array<{ areaId: string; questionId: string }>;
  unratedPairs: UnratedPair[];
  areas: AreaSummary[];
  /** Mean of the area scores that have one. */
  overallScore: number | null;
  canComplete: boolean;
}

const roundRef = z.strictObject({ roundId: id });

export const assessmentsApi = {
  'frameworks.get': channel<FrameworksResult>()(
    z.strictObject({
      situationVersion: z.number().int().positive().optional(),
      catalogueVersion: z.number().int().positive().optional(),
    }),
  ),
  'competences.listForCompany': channel<CompanyCompetences>()(
    z.strictObject({ companyId: id, catalogueVersion: z.number().int().positive().optional() }),
  ),
  'competences.createCustom': channel<CompetenceDefinition>()(customCompetenceInputSchema),
  'competences.updateCustom': channel<CompetenceDefinition>()(customCompetenceUpdateSchema),
  /** Also takes it out of every open round (whose revision moves on); completed rounds keep their snapshot. */
  'competences.deleteCustom': channel<{ deleted: true }>()(z.strictObject({ id })),

  'rounds.list': channel<RoundListItem[]>()(z.strictObject({ companyId: id })),
  'rounds.start': channel<RoundDetail>()(
    z.strictObject({
      companyId: id,
      kind: z.enum(ROUND_KINDS, { error: 'choice' }),
      date: isoDate,
      advisor: text(200).min(1, { error: 'required' }),
    }),
  ),
  'rounds.get': channel<RoundDetail>()(roundRef),
  'rounds.setStep': channel<{ lastStep: string }>()(
    z.strictObject({ roundId: id, step: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }) }),
  ),
  'rounds.saveAnswer': channel<Answer>()(
    z.strictObject({
      roundId: id,
      questionId: refId,
      level: levelField.nullable(),
      note: optionalText(MAX_NOTE).optional(),
      /** Absent: unchanged. */
      noteShared: z.boolean({ error: 'choice' }).optional(),
    }),
  ),
  'rounds.saveVision': channel<{ vision: string | null }>()(z.strictObject({ roundId: id, vision: optionalText(MAX_VISION) })),
  'rounds.saveGoal': channel<Goal>()(goalInputSchema),
  'rounds.deleteGoal': channel<{ deleted: true }>()(z.strictObject({ roundId: id, id })),
  'rounds.saveStrategy': channel<Strategy>()(strategyInputSchema),
  'rounds.deleteStrategy': channel<{ deleted: true }>()(z.strictObject({ roundId: id, id })),
  'rounds.saveAreaTarget': channel<AreaTarget>()(z.strictObject({ roundId: id, areaId: refId, targetLevel: levelField })),
  'rounds.setPersonCompetences': channel<RoundPerson>()(
    z.strictObject({ roundId: id, personId: id, competenceIds: z.array(refId).max(200, { error: 'invalid' }) }),
  ),
  'rounds.saveRating': channel<Rating>()(ratingInputSchema),
  'rounds.summary': channel<RoundSummary>()(roundRef),
  'rounds.complete': channel<RoundDetail>()(z.strictObject({ roundId: id, completedBy: text(200).min(1, { error: 'required' }) })),
};

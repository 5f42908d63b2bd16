import { z } from 'zod';
import type { Language } from '../i18n/languages';
import { PERSON_ROLES, type PersonRole } from './person';

/**
 * The frameworks behind the guided assessments, kept as data in `resources/frameworks/*.vN.json`
 * (see resources/frameworks/README.md). These schemas validate those files; the types are inferred from them.
 */

export const SITUATION_FRAMEWORK_ID = 'situation-assessment' as const;
export const COMPETENCE_CATALOGUE_ID = 'competence-catalogue' as const;

/** The rating scale shared by both frameworks. */
export const SCALE_LEVELS = [1, 2, 3, 4, 5] as const;
export type ScaleLevel = (typeof SCALE_LEVELS)[number];
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export const MIN_QUESTIONS_PER_AREA = 3;
export const MAX_QUESTIONS_PER_AREA = 6;

/** Skills-matrix practice (DOMAIN.md): 15–25 competences per role. */
export const MIN_COMPETENCES_PER_ROLE = 15;
export const MAX_COMPETENCES_PER_ROLE = 25;

/** The six dimensions of the EU Digital Maturity Assessment (EDIH) for SMEs. */
export const DMA_DIMENSIONS = [
  'digital-business-strategy',
  'digital-readiness',
  'human-centric-digitalisation',
  'data-management',
  'automation-and-ai',
  'green-digitalisation',
] as const;
export type DmaDimension = (typeof DMA_DIMENSIONS)[number];

export const COMPETENCE_SOURCES = ['entrecomp', 'digcomp', 'business'] as const;
export type CompetenceSource = (typeof COMPETENCE_SOURCES)[number];

/** 1 = high (core for the role), 2 = medium, 3 = low (useful, not urgent). */
export const PRIORITIES = [1, 2, 3] as const;
export type Priority = (typeof PRIORITIES)[number];

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const frameworkIdSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'id must be kebab-case: lower-case letters and digits separated by single hyphens' });

const nonEmptyText = z.string().refine((s) => s.trim().length > 0, { error: 'text must not be empty' });

/** Every text a user sees exists in Swedish and English. */
export const bilingualTextSchema = z.strictObject({ sv: nonEmptyText, en: nonEmptyText });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

export const scaleLevelSchema = z
  .number()
  .int({ error: 'level must be a whole number' })
  .min(MIN_LEVEL, { error: `level must be between ${MIN_LEVEL} and ${MAX_LEVEL}` })
  .max(MAX_LEVEL, { error: `level must be between ${MIN_LEVEL} and ${MAX_LEVEL}` });

export const levelDescriptorSchema = z.strictObject({
  level: scaleLevelSchema,
  descriptor: bilingualTextSchema,
});
export type LevelDescriptor = z.infer<typeof levelDescriptorSchema>;

/** Exactly the levels 1, 2, 3, 4, 5, in that order, each with a descriptor. */
export const levelDescriptorsSchema = z.array(levelDescriptorSchema).superRefine((levels, ctx) => {
  const seen = levels.map((l) => l.level);
  const missing = SCALE_LEVELS.filter((n) => !seen.includes(n));
  if (missing.length > 0) {
    ctx.addIssue({ code: 'custom', message: `levels must be exactly 1–5; missing level ${missing.join(', ')}` });
    return;
  }
  if (levels.length !== SCALE_LEVELS.length || levels.some((l, i) => l.level !== i + 1)) {
    ctx.addIssue({ code: 'custom', message: 'levels must be exactly 1–5, once each, in ascending order' });
  }
});

const scaleLabelSchema = z.strictObject({ level: scaleLevelSchema, label: bilingualTextSchema, description: bilingualTextSchema });

export const scaleSchema = z.strictObject({
  levels: z.array(scaleLabelSchema).superRefine((levels, ctx) => {
    if (levels.length !== SCALE_LEVELS.length || levels.some((l, i) => l.level !== i + 1)) {
      ctx.addIssue({ code: 'custom', message: 'the scale must label exactly the levels 1–5, in ascending order' });
    }
  }),
});
export type Scale = z.infer<typeof scaleSchema>;

function reportDuplicates(ids: readonly string[], what: string, path: (index: number) => PropertyKey[], ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    if (first.has(id)) {
      ctx.addIssue({ code: 'custom', path: path(index), message: `duplicate ${what} id '${id}'` });
    } else {
      first.set(id, index);
    }
  });
}

const versionSchema = z.number().int().positive();

// ---------------------------------------------------------------------------------------------------------------
// Situation assessment

export const situationQuestionSchema = z.strictObject({
  id: frameworkIdSchema,
  text: bilingualTextSchema,
  /** Set on the digitalisation questions: the EU DMA dimension the question measures. */
  dmaDimension: z.enum(DMA_DIMENSIONS).optional(),
  levels: levelDescriptorsSchema,
});
export type SituationQuestion = z.infer<typeof situationQuestionSchema>;

export const situationAreaSchema = z.strictObject({
  id: frameworkIdSchema,
  title: bilingualTextSchema,
  description: bilingualTextSchema,
  questions: z
    .array(situationQuestionSchema)
    .min(MIN_QUESTIONS_PER_AREA, { error: `an area needs ${MIN_QUESTIONS_PER_AREA}–${MAX_QUESTIONS_PER_AREA} questions` })
    .max(MAX_QUESTIONS_PER_AREA, { error: `an area needs ${MIN_QUESTIONS_PER_AREA}–${MAX_QUESTIONS_PER_AREA} questions` }),
});
export type SituationArea = z.infer<typeof situationAreaSchema>;

export const situationFrameworkSchema = z
  .strictObject({
    framework: z.literal(SITUATION_FRAMEWORK_ID),
    version: versionSchema,
    title: bilingualTextSchema,
    description: bilingualTextSchema,
    scale: scaleSchema,
    areas: z.array(situationAreaSchema).min(1),
  })
  .superRefine((fw, ctx) => {
    reportDuplicates(
      fw.areas.map((a) => a.id),
      'area',
      (i) => ['areas', i, 'id'],
      ctx,
    );
    const questionIds: string[] = [];
    const questionPaths: PropertyKey[][] = [];
    fw.areas.forEach((area, ai) =>
      area.questions.forEach((q, qi) => {
        questionIds.push(q.id);
        questionPaths.push(['areas', ai, 'questions', qi, 'id']);
      }),
    );
    reportDuplicates(questionIds, 'question', (i) => questionPaths[i] ?? [], ctx);
    const dims: string[] = [];
    const dimPaths: PropertyKey[][] = [];
    fw.areas.forEach((area, ai) =>
      area.questions.forEach((q, qi) => {
        if (q.dmaDimension) {
          dims.push(q.dmaDimension);
          dimPaths.push(['areas', ai, 'questions', qi, 'dmaDimension']);
        }
      }),
    );
    reportDuplicates(dims, 'DMA dimension', (i) => dimPaths[i] ?? [], ctx);
  });
export type SituationFramework = z.infer<typeof situationFrameworkSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Competence catalogue

export const personRoleSchema = z.enum(PERSON_ROLES);

export const competenceGroupSchema = z.strictObject({
  id: frameworkIdSchema,
  source: z.enum(COMPETENCE_SOURCES),
  name: bilingualTextSchema,
  description: bilingualTextSchema,
});
export type CompetenceGroup = z.infer<typeof competenceGroupSchema>;

export const competenceSchema = z.strictObject({
  id: frameworkIdSchema,
  groupId: frameworkIdSchema,
  source: z.enum(COMPETENCE_SOURCES),
  name: bilingualTextSchema,
  description: bilingualTextSchema,
  levels: levelDescriptorsSchema,
  defaultPriority: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'defaultPriority must be 1, 2 or 3' }),
  /** The roles that get this competence by default; the advisor can change it per company. */
  roles: z.array(personRoleSchema).refine((roles) => new Set(roles).size === roles.length, { error: 'a role is listed twice' }),
});
export type Competence = z.infer<typeof competenceSchema>;

export const competenceCatalogueSchema = z
  .strictObject({
    framework: z.literal(COMPETENCE_CATALOGUE_ID),
    version: versionSchema,
    title: bilingualTextSchema,
    description: bilingualTextSchema,
    scale: scaleSchema,
    groups: z.array(competenceGroupSchema).min(1),
    competences: z.array(competenceSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    reportDuplicates(
      cat.groups.map((g) => g.id),
      'group',
      (i) => ['groups', i, 'id'],
      ctx,
    );
    reportDuplicates(
      cat.competences.map((c) => c.id),
      'competence',
      (i) => ['competences', i, 'id'],
      ctx,
    );
    const groups = new Map(cat.groups.map((g) => [g.id, g]));
    cat.competences.forEach((c, i) => {
      const group = groups.get(c.groupId);
      if (!group) {
        ctx.addIssue({ code: 'custom', path: ['competences', i, 'groupId'], message: `unknown group '${c.groupId}'` });
      } else if (group.source !== c.source) {
        ctx.addIssue({
          code: 'custom',
          path: ['competences', i, 'source'],
          message: `source '${c.source}' differs from its group's source '${group.source}'`,
        });
      }
    });
    for (const role of PERSON_ROLES) {
      const count = cat.competences.filter((c) => c.roles.includes(role)).length;
      if (count < MIN_COMPETENCES_PER_ROLE || count > MAX_COMPETENCES_PER_ROLE) {
        ctx.addIssue({
          code: 'custom',
          path: ['competences'],
          message: `role '${role}' has ${count} competences; each role needs ${MIN_COMPETENCES_PER_ROLE}–${MAX_COMPETENCES_PER_ROLE}`,
        });
      }
    }
  });
export type CompetenceCatalogue = z.infer<typeof competenceCatalogueSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Helpers (pure)

/** The text in the given language (both are guaranteed non-empty by the schema). */
export function localText(text: BilingualText, lang: Language): string {
  return text[lang];
}

/** The catalogue's competences that apply to a role by default, in catalogue order. */
export function competencesForRole(catalogue: CompetenceCatalogue, role: PersonRole): Competence[] {
  return catalogue.competences.filter((c) => c.roles.includes(role));
}

/** The descriptor of one level of a question or competence. */
export function levelDescriptor(levels: readonly LevelDescriptor[], level: number): BilingualText | undefined {
  return levels.find((l) => l.level === level)?.descriptor;
}

/**
 * A 0–100 score from 1–5 ratings: the mean level mapped linearly (1 → 0, 5 → 100), rounded to a whole number.
 * Unanswered questions are left out; with no answers at all the score is null.
 */
export function scoreFromLevels(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  const mean = levels.reduce((sum, l) => sum + l, 0) / levels.length;
  return Math.round(((mean - MIN_LEVEL) / (MAX_LEVEL - MIN_LEVEL)) * 100);
}

/** The file name a framework version lives in, e.g. `situation-assessment.v1.json`. */
export function frameworkFileName(framework: typeof SITUATION_FRAMEWORK_ID | typeof COMPETENCE_CATALOGUE_ID, version: number): string {
  return `${framework}.v${version}.json`;
}

import { AppError } from '@shared/api/errors';
import { SITUATION_FRAMEWORK_ID } from '@shared/domain/frameworks';
import type { SituationFramework } from '@shared/domain/frameworks';
import { competenceCatalogue, situationFramework } from '../frameworks';

/** What a round refers to in its frameworks: the assessment services check each write, the import each round. */

/** The round's situation framework, after checking that this build has both its versions. */
export function roundFramework(frameworkId: string, frameworkVersion: number, catalogueVersion: number): SituationFramework {
  if (frameworkId !== SITUATION_FRAMEWORK_ID) {
    throw new AppError('assessment.unknownFrameworkVersion', { framework: frameworkId, version: frameworkVersion });
  }
  competenceCatalogue(catalogueVersion);
  return situationFramework(frameworkVersion);
}

export function assertQuestionsKnown(fw: SituationFramework, ids: readonly string[]): void {
  const known = new Set(fw.areas.flatMap((a) => a.questions.map((q) => q.id)));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('assessment.unknownQuestion', { questionId: unknown });
}

/** The ids, each once, after checking that every one is an area of the framework. */
export function assertAreasKnown(fw: SituationFramework, ids: readonly string[]): string[] {
  const known = new Set(fw.areas.map((x) => x.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('assessment.unknownArea', { areaId: unknown });
  return [...new Set(ids)];
}

/** A round with what it holds, as the exchange carries it. */
export interface RoundContent {
  frameworkId: string;
  frameworkVersion: number;
  catalogueVersion: number;
  answers: ReadonlyArray<{ questionId: string }>;
  areaTargets: ReadonlyArray<{ areaId: string }>;
  goals: ReadonlyArray<{ areaIds: readonly string[] }>;
  strategies: ReadonlyArray<{ areaIds: readonly string[] }>;
}

/** Every rule above, on a whole round. */
export function roundRules(round: RoundContent): void {
  const fw = roundFramework(round.frameworkId, round.frameworkVersion, round.catalogueVersion);
  assertQuestionsKnown(
    fw,
    round.answers.map((a) => a.questionId),
  );
  assertAreasKnown(fw, [
    ...round.areaTargets.map((t) => t.areaId),
    ...round.goals.flatMap((g) => g.areaIds),
    ...round.strategies.flatMap((s) => s.areaIds),
  ]);
}

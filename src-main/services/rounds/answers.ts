import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { Answer, AreaTarget } from '@shared/api/assessments';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { situationFramework } from '../frameworks';
import { assertAreas, bumpRound, loadOpenRound } from './guards';
import { assertQuestionsKnown } from '../rules';

/** The situation assessment within an open round: the stepper's place, the answers and the areas' targets. */

export async function setStep(db: Kysely<Database>, input: ParsedInputOf<'rounds.setStep'>): Promise<{ lastStep: string }> {
  return inTransaction(db, async (a) => {
    await loadOpenRound(a, input.roundId);
    // Where the advisor is in the stepper is not assessment data: no revision bump, nothing to exchange.
    await a.updateTable('rounds').set({ last_step: input.step }).where('id', '=', input.roundId).execute();
    return { lastStep: input.step };
  });
}

export async function saveAnswer(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveAnswer'>,
  deps: ServiceDeps = systemClock,
): Promise<Answer> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    assertQuestionsKnown(situationFramework(round.framework_version), [input.questionId]);
    const now = deps.now().toISOString();
    const existing = await a
      .selectFrom('round_answers')
      .select(['note', 'note_shared'])
      .where('round_id', '=', round.id)
      .where('question_id', '=', input.questionId)
      .executeTakeFirst();
    const note = input.note === undefined ? (existing?.note ?? null) : input.note;
    const shared = input.noteShared === undefined ? existing?.note_shared === 1 : input.noteShared;
    const noteShared = shared ? 1 : 0;
    await a
      .insertInto('round_answers')
      .values({ round_id: round.id, question_id: input.questionId, level: input.level, note, note_shared: noteShared, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['round_id', 'question_id']).doUpdateSet({ level: input.level, note, note_shared: noteShared, updated_at: now }),
      )
      .execute();
    await bumpRound(a, round, now);
    return { questionId: input.questionId, level: input.level, note, noteShared: shared, updatedAt: now };
  });
}

export async function saveAreaTarget(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveAreaTarget'>,
  deps: ServiceDeps = systemClock,
): Promise<AreaTarget> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    assertAreas(round, [input.areaId]);
    const now = deps.now().toISOString();
    await a
      .insertInto('round_area_targets')
      .values({ round_id: round.id, area_id: input.areaId, target_level: input.targetLevel, updated_at: now })
      .onConflict((oc) => oc.columns(['round_id', 'area_id']).doUpdateSet({ target_level: input.targetLevel, updated_at: now }))
      .execute();
    await bumpRound(a, round, now);
    return { areaId: input.areaId, targetLevel: input.targetLevel };
  });
}

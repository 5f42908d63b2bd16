import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import type { Goal, Strategy } from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import type { Database, GoalsTable, StrategiesTable } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { writeTombstones } from '../../store/tombstones';
import { assertAreas, bumpRound, loadOpenRound } from './guards';
import { toGoal, toStrategy } from './rows';

/** Vision, goals and strategies of an open round. */

export async function saveVision(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveVision'>,
  deps: ServiceDeps = systemClock,
): Promise<{ vision: string | null }> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const now = deps.now().toISOString();
    await a
      .updateTable('rounds')
      .set({ vision: input.vision, updated_at: now, revision: round.revision + 1 })
      .where('id', '=', round.id)
      .execute();
    return { vision: input.vision };
  });
}

export async function saveGoal(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveGoal'>,
  deps: ServiceDeps = systemClock,
): Promise<Goal> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const areaIds = JSON.stringify(assertAreas(round, input.areaIds));
    const now = deps.now().toISOString();
    const fields = {
      kind: input.kind,
      label: input.label,
      current_value: input.currentValue,
      target_value: input.targetValue,
      target_year: input.targetYear,
      area_ids: areaIds,
    };
    let row: GoalsTable;
    if (input.id === undefined) {
      row = { id: uuidv7(), round_id: round.id, ...fields, created_at: now, updated_at: now, revision: 1 };
      await a.insertInto('goals').values(row).execute();
    } else {
      const current = await a
        .selectFrom('goals')
        .selectAll()
        .where('id', '=', input.id)
        .where('round_id', '=', round.id)
        .executeTakeFirst();
      if (!current) throw new AppError('assessment.goalNotFound', { id: input.id });
      row = { ...current, ...fields, updated_at: now, revision: current.revision + 1 };
      await a.updateTable('goals').set(row).where('id', '=', row.id).execute();
    }
    await bumpRound(a, round, now);
    return toGoal(row);
  });
}

export async function saveStrategy(
  db: Kysely<Database>,
  input: ParsedInputOf<'rounds.saveStrategy'>,
  deps: ServiceDeps = systemClock,
): Promise<Strategy> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const areaIds = JSON.stringify(assertAreas(round, input.areaIds));
    const now = deps.now().toISOString();
    let row: StrategiesTable;
    if (input.id === undefined) {
      row = { id: uuidv7(), round_id: round.id, text: input.text, area_ids: areaIds, created_at: now, updated_at: now, revision: 1 };
      await a.insertInto('strategies').values(row).execute();
    } else {
      const current = await a
        .selectFrom('strategies')
        .selectAll()
        .where('id', '=', input.id)
        .where('round_id', '=', round.id)
        .executeTakeFirst();
      if (!current) throw new AppError('assessment.strategyNotFound', { id: input.id });
      row = { ...current, text: input.text, area_ids: areaIds, updated_at: now, revision: current.revision + 1 };
      await a.updateTable('strategies').set(row).where('id', '=', row.id).execute();
    }
    await bumpRound(a, round, now);
    return toStrategy(row);
  });
}

async function deleteChild(
  db: Kysely<Database>,
  table: 'goals' | 'strategies',
  input: { roundId: string; id: string },
  deps: ServiceDeps,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (a) => {
    const round = await loadOpenRound(a, input.roundId);
    const current = await a
      .selectFrom(table)
      .select(['id', 'revision'])
      .where('id', '=', input.id)
      .where('round_id', '=', round.id)
      .executeTakeFirst();
    if (!current) throw new AppError(table === 'goals' ? 'assessment.goalNotFound' : 'assessment.strategyNotFound', { id: input.id });
    const now = deps.now().toISOString();
    await a.deleteFrom(table).where('id', '=', input.id).execute();
    const entity = table === 'goals' ? 'goal' : 'strategy';
    await writeTombstones(a, [{ entity, entity_id: input.id, deleted_at: now, revision: current.revision + 1 }]);
    await bumpRound(a, round, now);
    return { deleted: true as const };
  });
}

export const deleteGoal = (db: Kysely<Database>, input: ParsedInputOf<'rounds.deleteGoal'>, deps: ServiceDeps = systemClock) =>
  deleteChild(db, 'goals', input, deps);
export const deleteStrategy = (db: Kysely<Database>, input: ParsedInputOf<'rounds.deleteStrategy'>, deps: ServiceDeps = systemClock) =>
  deleteChild(db, 'strategies', input, deps);

import type { Kysely } from 'kysely';
import type { Database, TombstonesTable } from '../../store/schema';
import type { ExchangeFile, TombstoneRecord } from './format';
import type { Plan } from './merge';
import { inChunks } from './merge';
import type { Row, Schema } from './rows';

/**
 * Two versions of a record with the same content, told apart only by their bookkeeping (two offices made the same
 * edit): the higher revision wins, then the later change. Every office so ends with the same `updated_at`, whatever
 * the order the files came in; without this, each kept its own for ever.
 */
export function sameContentOp(incoming: Row, local: Row): { op: 'update' } | { op: 'unchanged' } {
  const theirs = incoming['revision'] as number;
  const mine = local['revision'] as number;
  if (theirs !== mine) return theirs > mine ? { op: 'update' } : { op: 'unchanged' };
  return (incoming['updated_at'] as string) > (local['updated_at'] as string) ? { op: 'update' } : { op: 'unchanged' };
}

/** The same for a deletion both sides know: the file's tombstone replaces this one when it is later by that order. */
export function newerTombstone(incoming: TombstoneRecord, local: TombstonesTable): boolean {
  if (incoming.revision !== local.revision) return incoming.revision > local.revision;
  return incoming.deletedAt > local.deleted_at;
}

/**
 * When this office keeps its own version in such a tie, its revision moves on by one. The sender is recorded as having
 * this revision now (the marks), so a different version at the same revision would never travel back to it, and each
 * office would keep its own for ever (found by the convergence property). One step up, it travels and wins everywhere.
 */
export async function bumpTiesKeptHere(trx: Kysely<Database>, schema: Schema, plan: Plan, file: ExchangeFile): Promise<void> {
  for (const d of plan.decisions) {
    if (d.decision.op !== 'unchanged' || !d.local || !d.incoming) continue;
    const revision = d.local['revision'] as number;
    if (revision !== d.incoming['revision'] || !((d.local['updated_at'] as string) > (d.incoming['updated_at'] as string))) continue;
    await trx
      .updateTable(schema.defs[d.entity].table)
      .set({ revision: revision + 1 })
      .where('id', '=', d.id)
      .where('revision', '=', revision)
      .execute();
  }
  const theirs = new Map(file.tombstones.map((t) => [`${t.entity}:${t.entityId}`, t]));
  const here = await inChunks([...new Set(file.tombstones.map((t) => t.entityId))], (c) =>
    trx.selectFrom('tombstones').selectAll().where('entity_id', 'in', c).execute(),
  );
  for (const lt of here) {
    const t = theirs.get(`${lt.entity}:${lt.entity_id}`);
    if (!t || t.revision !== lt.revision || !(lt.deleted_at > t.deletedAt)) continue;
    await trx
      .updateTable('tombstones')
      .set({ revision: lt.revision + 1 })
      .where('entity', '=', lt.entity)
      .where('entity_id', '=', lt.entity_id)
      .where('revision', '=', lt.revision)
      .execute();
  }
}

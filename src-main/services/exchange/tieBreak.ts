import type { TombstonesTable } from '../../store/schema';
import type { TombstoneRecord } from './format';
import type { Row } from './rows';

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

import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { systemClock } from '@shared/clock';
import type { Clock } from '@shared/clock';

/**
 * Runs `fn` in a transaction, or inside the caller's when `db` already is one: the seed and the bench wrap
 * thousands of service calls in a single transaction, and Kysely does not nest them.
 */
export async function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** What a service needs besides its database: the one clock (now, and today in Sweden). */
export type ServiceDeps = Clock;

export { systemClock };

import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { writeTombstones } from './tombstones';

/**
 * What the company's dated logs share (the advisor's contacts, the aid it declared): rows of one company that travel
 * on their own, listed latest first, and deleted with a tombstone so that the deletion reaches other offices.
 */
export type CompanyLogTable = 'contacts' | 'declared_aid';

/** The company's rows, latest first (by date, then id). */
export async function latestFirst<T extends CompanyLogTable>(db: Kysely<Database>, table: T, companyId: string): Promise<Database[T][]> {
  const rows = await db
    .selectFrom(table as CompanyLogTable)
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows as Database[T][];
}

/** Deletes one row and leaves its tombstone, one revision above it, dated `now`. */
export async function deleteLogged(
  trx: Kysely<Database>,
  table: CompanyLogTable,
  entity: 'contact' | 'aid',
  row: { id: string; revision: number },
  now: Date,
): Promise<{ deleted: true }> {
  await trx.deleteFrom(table).where('id', '=', row.id).execute();
  await writeTombstones(trx, [{ entity, entity_id: row.id, deleted_at: now.toISOString(), revision: row.revision + 1 }]);
  return { deleted: true as const };
}

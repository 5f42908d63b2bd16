import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ContactsTable, Database, DeclaredAidTable } from './schema';
import { revised } from './revisions';
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

type LogRow = ContactsTable | DeclaredAidTable;
/** A log row's own columns: what the service encodes from its fields. */
type OwnColumns<R extends LogRow> = Omit<R, 'id' | 'company_id' | 'created_at' | 'updated_at' | 'revision'>;

/** A new row of the company's log: a fresh id, revision 1, stamped `now`; inserted and returned. */
export async function insertLogged<R extends LogRow>(
  trx: Kysely<Database>,
  table: CompanyLogTable,
  companyId: string,
  columns: OwnColumns<R>,
  now: Date,
): Promise<R> {
  const iso = now.toISOString();
  const row = { id: uuidv7(), company_id: companyId, ...columns, created_at: iso, updated_at: iso, revision: 1 } as R;
  await (
    table === 'contacts'
      ? trx.insertInto('contacts').values(row as ContactsTable)
      : trx.insertInto('declared_aid').values(row as DeclaredAidTable)
  ).execute();
  return row;
}

/** The row with new columns as its next revision, written; the row as it was when nothing changed. */
export async function updateLogged<R extends LogRow>(
  trx: Kysely<Database>,
  table: CompanyLogTable,
  current: R,
  columns: OwnColumns<R>,
  now: Date,
): Promise<R> {
  const next = revised(current, columns as Partial<R>, now);
  if (!next) return current;
  await (
    table === 'contacts'
      ? trx
          .updateTable('contacts')
          .set(next as ContactsTable)
          .where('id', '=', current.id)
      : trx
          .updateTable('declared_aid')
          .set(next as DeclaredAidTable)
          .where('id', '=', current.id)
  ).execute();
  return next;
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

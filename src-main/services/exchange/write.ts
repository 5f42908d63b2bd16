import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from '../../store/schema';
import type { TombstoneRecord } from './format';
import { inChunks } from './merge';
import type { EntityTable, Row, RoundChildTable } from './rows';

/** The tables the import writes whole rows of; the rows come from the file through the derived column maps. */
type WrittenTable = EntityTable | RoundChildTable | 'tombstones' | 'exchange_base';

/** Batched writes of whole rows, as the import applies them. */

/** SQLite allows 32,766 bound values per statement; stay well under it. */
const MAX_PARAMS = 16_000;
const MAX_ROWS = 500;

function batches<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / Math.max(1, columns))));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** `INSERT INTO table (columns) VALUES (…), (…)`: every row has the same columns (they come from one column map). */
function insertSql(table: WrittenTable, columns: string[], rows: Row[]): RawBuilder<unknown> {
  const values = rows.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`);
  return sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(values)}`;
}

/** `ON CONFLICT (key) DO UPDATE SET c = excluded.c, …` for every column but the key. */
function upsertSql(table: WrittenTable, key: string[], rows: Row[]): RawBuilder<unknown> {
  const columns = Object.keys(rows[0]!);
  const set = columns.filter((c) => !key.includes(c)).map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`);
  return sql`${insertSql(table, columns, rows)} ON CONFLICT (${sql.join(key.map((c) => sql.ref(c)))}) DO UPDATE SET ${sql.join(set)}`;
}

export async function insertRows(db: Kysely<Database>, table: WrittenTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (const chunk of batches(rows, columns.length)) await insertSql(table, columns, chunk).execute(db);
}

/** Multi-row update of whole rows by id: an upsert that only ever takes its update branch (no delete, no cascade). */
export async function updateRows(db: Kysely<Database>, table: EntityTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  for (const chunk of batches(rows, Object.keys(rows[0]!).length)) await upsertSql(table, ['id'], chunk).execute(db);
}

export async function upsertKeyed(db: Kysely<Database>, table: 'tombstones' | 'exchange_base', rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  for (const chunk of batches(rows, Object.keys(rows[0]!).length)) await upsertSql(table, ['entity', 'entity_id'], chunk).execute(db);
}

/** The ids of `ids` present in `table` now. */
export async function presentIds(db: Kysely<Database>, table: EntityTable, ids: Iterable<string>): Promise<Set<string>> {
  const rows = await inChunks([...new Set(ids)], (c) => db.selectFrom(table).select('id').where('id', 'in', c).execute());
  return new Set(rows.map((r) => r.id));
}

export const tombstoneRow = (t: TombstoneRecord): Row => ({
  entity: t.entity,
  entity_id: t.entityId,
  deleted_at: t.deletedAt,
  revision: t.revision,
});

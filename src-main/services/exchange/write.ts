import { CompiledQuery } from 'kysely';
import type { Kysely } from 'kysely';
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

const quoted = (name: string) => `"${name}"`;

/**
 * `insert into table (columns) values (?, …), …`, with an `on conflict (key) do update set c = excluded.c, …` for
 * every other column when `key` is given. Every row has the same columns, the names of the store's own columns (the
 * rows come from the derived column maps, never from a file's keys), and every value is a bound parameter. Written as
 * text, which is no slower than the query builder's untyped copy was (the builder needs a type per table).
 */
function insertQuery(table: WrittenTable, rows: Row[], key?: readonly string[]): CompiledQuery {
  const columns = Object.keys(rows[0]!);
  const row = `(${columns.map(() => '?').join(', ')})`;
  let text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${rows.map(() => row).join(', ')}`;
  if (key) {
    const set = columns.filter((c) => !key.includes(c)).map((c) => `${quoted(c)} = "excluded".${quoted(c)}`);
    text += ` on conflict (${key.map(quoted).join(', ')}) do update set ${set.join(', ')}`;
  }
  return CompiledQuery.raw(
    text,
    rows.flatMap((r) => columns.map((c) => r[c])),
  );
}

export async function insertRows(db: Kysely<Database>, table: WrittenTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  for (const chunk of batches(rows, Object.keys(rows[0]!).length)) await db.executeQuery(insertQuery(table, chunk));
}

/** Multi-row update of whole rows by id: an upsert that only ever takes its update branch (no delete, no cascade). */
export async function updateRows(db: Kysely<Database>, table: EntityTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  for (const chunk of batches(rows, Object.keys(rows[0]!).length)) await db.executeQuery(insertQuery(table, chunk, ['id']));
}

export async function upsertKeyed(db: Kysely<Database>, table: 'tombstones' | 'exchange_base', rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const key = ['entity', 'entity_id'];
  for (const chunk of batches(rows, Object.keys(rows[0]!).length)) await db.executeQuery(insertQuery(table, chunk, key));
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

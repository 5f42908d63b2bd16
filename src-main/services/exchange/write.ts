import type { TombstoneRecord } from './format';
import { inChunks } from './merge';
import type { AnyDb, Row } from './rows';

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

export async function insertRows(db: AnyDb, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  for (const chunk of batches(rows, Object.keys(rows[0]!).length)) await db.insertInto(table).values(chunk).execute();
}

/** Multi-row update of whole rows by id: an upsert that only ever takes its update branch (no delete, no cascade). */
export async function updateRows(db: AnyDb, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => c !== 'id');
  for (const chunk of batches(rows, columns.length + 1)) {
    await db
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
      .execute();
  }
}

export async function upsertKeyed(db: AnyDb, table: 'tombstones' | 'exchange_base', rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => c !== 'entity' && c !== 'entity_id');
  for (const chunk of batches(rows, columns.length + 2)) {
    await db
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['entity', 'entity_id']).doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))),
      )
      .execute();
  }
}

/** The ids of `ids` present in `table` now. */
export async function presentIds(db: AnyDb, table: string, ids: Iterable<string>): Promise<Set<string>> {
  const rows = await inChunks([...new Set(ids)], (c) => db.selectFrom(table).select('id').where('id', 'in', c).execute() as Promise<Row[]>);
  return new Set(rows.map((r) => r['id'] as string));
}

export const tombstoneRow = (t: TombstoneRecord): Row => ({
  entity: t.entity,
  entity_id: t.entityId,
  deleted_at: t.deletedAt,
  revision: t.revision,
});

import { sql } from 'kysely';
import type { Kysely, QueryExecutorProvider } from 'kysely';
import { AppError } from '@shared/api/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import type { Database } from './schema';

/** Works on any schema, before and after migrations. */
export async function readUserVersion(db: QueryExecutorProvider): Promise<number> {
  const r = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  return r.rows[0]?.user_version ?? 0;
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: number[];
}

/**
 * Applies every pending migration in ONE transaction and records the version in `PRAGMA user_version`
 * (part of the database header, so it commits or rolls back with the rest). A database written by a newer
 * version of the app is refused before anything is written.
 */
export async function migrate(
  db: Kysely<Database>,
  migrations: readonly Migration[] = MIGRATIONS,
  target?: number,
): Promise<MigrateResult> {
  const known = migrations[migrations.length - 1]?.version ?? 0;
  const from = await readUserVersion(db);
  if (from > known) throw new AppError('store.newerVersion', { found: from, known });
  const to = target ?? known;
  const pending = migrations.filter((m) => m.version > from && m.version <= to);
  if (pending.length === 0) return { from, to: from, applied: [] };
  const last = pending[pending.length - 1]!.version;
  await db.transaction().execute(async (trx) => {
    for (const m of pending) await m.up(trx);
    await sql`PRAGMA user_version = ${sql.raw(String(last))}`.execute(trx);
  });
  return { from, to: last, applied: pending.map((m) => m.version) };
}

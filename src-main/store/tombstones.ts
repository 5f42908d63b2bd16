import type { Kysely } from 'kysely';
import type { Database, TombstonesTable } from './schema';

/**
 * Records deletions for the next exchange. A record deleted again (after an import brought it back) keeps one
 * tombstone with the latest time and revision.
 */
export async function writeTombstones(db: Kysely<Database>, rows: TombstonesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto('tombstones')
      .values(rows.slice(i, i + 100))
      .onConflict((oc) =>
        oc.columns(['entity', 'entity_id']).doUpdateSet((eb) => ({
          deleted_at: eb.ref('excluded.deleted_at'),
          revision: eb.ref('excluded.revision'),
        })),
      )
      .execute();
  }
}

import type { Kysely, QueryExecutorProvider } from 'kysely';

/**
 * What a migration may use: the schema builder and raw `sql`. Migrations see the schema as it was when they were
 * written, so they get no table types (today's `Database` would be wrong for them, and any other would be a guess).
 */
export type MigrationDb = Pick<Kysely<unknown>, 'schema'> & QueryExecutorProvider;

export interface Migration {
  /** Stored in `PRAGMA user_version` once applied; numbered in tens to leave room. */
  version: number;
  name: string;
  up(db: MigrationDb): Promise<void>;
}

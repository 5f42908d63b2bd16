import type { Kysely } from 'kysely';

export interface Migration {
  /** Stored in `PRAGMA user_version` once applied; numbered in tens to leave room. */
  version: number;
  name: string;
  // Migrations see the schema as it was when they were written, not today's `Database`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}

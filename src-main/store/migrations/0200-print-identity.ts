import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The business check (issue 16) prints the advisor's note on an answer of the situation assessment only where the
 * advisor marked it as shareable with the entrepreneur: `note_shared` (0/1, no by default, so that no note written
 * before the choice existed reaches paper). It travels inside its round like the note. The programme's identity on
 * the printed plan (name, logo) lives in `settings` and needs no column.
 */
export const m0200PrintIdentity: Migration = {
  version: 200,
  name: 'print-identity',
  async up(db) {
    await db.schema
      .alterTable('round_answers')
      .addColumn('note_shared', 'integer', (c) => c.notNull().defaultTo(sql`0`))
      .execute();
  },
};

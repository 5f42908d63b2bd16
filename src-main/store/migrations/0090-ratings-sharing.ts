import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * Sharing ratings with the employer (issue 11). The plan the entrepreneur takes home shows a person's own and the
 * advisor's ratings only if that person agreed: `ratings_shared` (0/1, no by default, so that nobody's ratings are
 * shown on the strength of a plan printed before the choice existed) and the date of the agreement.
 */
export const m0090RatingsSharing: Migration = {
  version: 90,
  name: 'ratings-sharing',
  async up(db) {
    await db.schema
      .alterTable('people')
      .addColumn('ratings_shared', 'integer', (c) => c.notNull().defaultTo(sql`0`))
      .execute();
    await db.schema.alterTable('people').addColumn('ratings_shared_at', 'text').execute();
  },
};

import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The competence passport (issue 16). A participant's own document is given only with their consent: `passport_consent`
 * (0/1, no by default, so that no passport is made on the strength of a record older than the choice) and the day it
 * was given. What they want to learn next (`learning_wishes`, their words) is printed in it. All three travel with the
 * person in exchange files.
 */
export const m0210Passport: Migration = {
  version: 210,
  name: 'passport',
  async up(db) {
    await db.schema.alterTable('people').addColumn('learning_wishes', 'text').execute();
    await db.schema
      .alterTable('people')
      .addColumn('passport_consent', 'integer', (c) => c.notNull().defaultTo(sql`0`))
      .execute();
    await db.schema.alterTable('people').addColumn('passport_consent_at', 'text').execute();
  },
};

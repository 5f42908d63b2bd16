import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * Self-assessment mode on disk (issue 11): while the laptop is handed over, this one row says to whom, so that a
 * restart (or a store unlocked by the keychain at start) resumes the mode instead of opening every company.
 * The handover code is kept only as an scrypt hash; the wrong exit attempts are counted here too, so that a
 * restart does not reset the wait between them.
 */
export const m0080SelfAssessment: Migration = {
  version: 80,
  name: 'self-assessment',
  async up(db) {
    await db.schema
      .createTable('self_assessment')
      .addColumn('id', 'integer', (c) =>
        c
          .primaryKey()
          .notNull()
          .check(sql`id = 1`),
      )
      .addColumn('round_id', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text')
      .addColumn('code_salt', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_failure_at', 'integer')
      .execute();
  },
};

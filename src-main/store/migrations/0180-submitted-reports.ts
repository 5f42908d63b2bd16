import type { Migration } from './types';

/**
 * What was sent stays what was sent (issue 14): a report marked as submitted is frozen here with its period, filter,
 * figures and the SHA-256 of the file that was sent. The rows are never recomputed and never travel; erasing a
 * person does not touch them (they hold aggregates only, no one's name or id).
 */
export const m0180SubmittedReports: Migration = {
  version: 180,
  name: 'submitted-reports',
  async up(db) {
    await db.schema
      .createTable('submitted_reports')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('filters', 'text', (c) => c.notNull())
      .addColumn('figures', 'text', (c) => c.notNull())
      .addColumn('file_sha256', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .execute();
  },
};

import type { Migration } from './types';

/**
 * The import log (who imported which file, when, with what result) and, per travelling record, the last
 * revision both offices agreed on: the common base an exchange merge compares both sides against.
 */
export const m0040ImportLog: Migration = {
  version: 40,
  name: 'import-log',
  async up(db) {
    await db.schema
      .createTable('import_log')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('advisor', 'text')
      .addColumn('office', 'text')
      .addColumn('source_office', 'text')
      .addColumn('source_advisor', 'text')
      .addColumn('exported_at', 'text', (c) => c.notNull())
      .addColumn('file_sha256', 'text', (c) => c.notNull())
      .addColumn('counts', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('exchange_base')
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('exchange_base_pk', ['entity', 'entity_id'])
      .execute();
  },
};

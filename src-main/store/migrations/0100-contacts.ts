import type { Migration } from './types';

/**
 * The advisor's log of contacts with a company (issue 13). A contact travels between offices on its own (id,
 * revision, timestamps; a deletion leaves a tombstone) and goes with its company by cascade. The people present and
 * the agreed next steps are JSON arrays, like an activity's participants: they travel with the contact.
 */
export const m0100Contacts: Migration = {
  version: 100,
  name: 'contacts',
  async up(db) {
    await db.schema
      .createTable('contacts')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('advisor', 'text', (c) => c.notNull())
      .addColumn('person_ids', 'text', (c) => c.notNull())
      .addColumn('hours', 'real', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('next_steps', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('contacts_company').on('contacts').columns(['company_id', 'date']).execute();
  },
};

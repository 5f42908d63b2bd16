import type { Migration } from './types';

export const m0010Companies: Migration = {
  version: 10,
  name: 'companies',
  async up(db) {
    await db.schema
      .createTable('companies')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort_name', 'text', (c) => c.notNull())
      .addColumn('org_number', 'text', (c) => c.notNull())
      .addColumn('municipality_code', 'text')
      .addColumn('municipality_other', 'text')
      .addColumn('sni_code', 'text')
      .addColumn('sni_version', 'text', (c) => c.notNull())
      .addColumn('employees', 'integer')
      .addColumn('year_founded', 'integer')
      .addColumn('contact_name', 'text')
      .addColumn('contact_phone', 'text')
      .addColumn('contact_email', 'text')
      .addColumn('advisor', 'text')
      .addColumn('office', 'text')
      .addColumn('growth_ambition', 'integer')
      .addColumn('growth_ambition_date', 'text')
      .addColumn('consent_by', 'text')
      .addColumn('consent_at', 'text')
      .addColumn('consent_scope', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    // Deleted companies leave the table (a tombstone remembers them), so a plain unique index is right.
    await db.schema.createIndex('companies_org_number').unique().on('companies').column('org_number').execute();
    await db.schema.createIndex('companies_sort_name').on('companies').column('sort_name').execute();
    await db.schema.createIndex('companies_municipality').on('companies').column('municipality_code').execute();
    await db.schema.createIndex('companies_status').on('companies').column('status').execute();
  },
};

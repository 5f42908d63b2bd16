import { sql } from 'kysely';
import type { Migration } from './types';

export const m0020People: Migration = {
  version: 20,
  name: 'people',
  async up(db) {
    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('job_title', 'text')
      .addColumn('start_date', 'text')
      .addColumn('followup_consent', 'integer', (c) => c.notNull().defaultTo(sql`0`))
      .addColumn('followup_consent_at', 'text')
      .addColumn('gender', 'text')
      .addColumn('birth_year', 'integer')
      .addColumn('foreign_background', 'text')
      .addColumn('third_country_national', 'text')
      .addColumn('disability', 'text')
      .addColumn('accessibility_needs', 'text')
      .addColumn('education_level', 'text')
      .addColumn('employment_status', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    // The company page lists its people; the list counts them.
    await db.schema.createIndex('people_company').on('people').column('company_id').execute();
  },
};

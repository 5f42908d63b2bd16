import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * Programme follow-up (issue 7).
 * - `company_status_events`: when each company's status changed, so that a withdrawn or completed company's figures
 *   stay in the period they belong to. Backfilled with every company's current status at its creation; from then on
 *   SQLite triggers record every insert and every status change (with the row's updated_at), so the company service
 *   and the exchange import need not know about it.
 * - `activities.accessibility_adaptations`: free text describing the adaptations made for an activity (nullable).
 */
export const m0070ReportEvents: Migration = {
  version: 70,
  name: 'report-events',
  async up(db) {
    await db.schema
      .createTable('company_status_events')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('company_status_events_company').on('company_status_events').columns(['company_id', 'at']).execute();

    await sql`INSERT INTO company_status_events (id, company_id, status, at)
      SELECT lower(hex(randomblob(16))), id, status, created_at FROM companies`.execute(db);

    await sql`CREATE TRIGGER company_status_events_insert AFTER INSERT ON companies
      BEGIN
        INSERT INTO company_status_events (id, company_id, status, at)
        VALUES (lower(hex(randomblob(16))), NEW.id, NEW.status, NEW.created_at);
      END`.execute(db);
    await sql`CREATE TRIGGER company_status_events_update AFTER UPDATE OF status ON companies
      WHEN NEW.status IS NOT OLD.status
      BEGIN
        INSERT INTO company_status_events (id, company_id, status, at)
        VALUES (lower(hex(randomblob(16))), NEW.id, NEW.status, NEW.updated_at);
      END`.execute(db);

    await db.schema.alterTable('activities').addColumn('accessibility_adaptations', 'text').execute();
  },
};

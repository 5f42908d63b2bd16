import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * A person's rights (issue 15).
 * - `consent_events`: every consent given or withdrawn (kinds in src-shared/domain/consent.ts), with the date, by
 *   whom and the version of the consent text shown. An event goes with its person (or company) by cascade: an erased
 *   person leaves no consent history behind. Consents given before this migration are backfilled as `given` events
 *   with text version '0' (the version shown is not known), so that a later withdrawal has a state to change from.
 * - `rights_log`: what the register did on a person's request or by the retention rule (an export of what is held,
 *   an erasure): when, which action, and counts. An erased person's log line names no one (no name, no id).
 * - `review_flags`: free-text notes that named an erased person; the name was taken out and the advisor is asked to
 *   read the note again (the rest of it may still point at them).
 * Retention settings are keys in `settings` (services/settings), so they need no table.
 */
export const m0190ConsentRetention: Migration = {
  version: 190,
  name: 'consent-retention',
  async up(db) {
    await db.schema
      .createTable('consent_events')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('by', 'text')
      .addColumn('text_version', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('consent_events_person').on('consent_events').columns(['person_id', 'kind', 'created_at']).execute();
    await db.schema.createIndex('consent_events_company').on('consent_events').columns(['company_id', 'kind', 'created_at']).execute();
    await db.schema
      .createTable('rights_log')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text')
      .addColumn('company_id', 'text')
      .addColumn('detail', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('review_flags')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('company_id', 'text')
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('flagged_at', 'text', (c) => c.notNull())
      .addColumn('reviewed_at', 'text')
      .execute();
    const backfill = (kind: string, flag: string, at: string) => sql`
      INSERT INTO consent_events (id, company_id, person_id, kind, action, date, by, text_version, created_at)
      SELECT 'm0190-' || id || '-' || ${kind}, company_id, id, ${kind}, 'given', coalesce(${sql.ref(at)}, substr(created_at, 1, 10)),
             NULL, '0', created_at
      FROM people WHERE ${sql.ref(flag)} = 1`;
    await backfill('followup', 'followup_consent', 'followup_consent_at').execute(db);
    await backfill('ratingsShared', 'ratings_shared', 'ratings_shared_at').execute(db);
    await sql`
      INSERT INTO consent_events (id, company_id, person_id, kind, action, date, by, text_version, created_at)
      SELECT 'm0190-' || id || '-company', id, NULL, 'company', 'given', consent_at, consent_by, '0', created_at
      FROM companies WHERE consent_at IS NOT NULL AND consent_by IS NOT NULL`.execute(db);
  },
};

import type { Migration } from './types';

/**
 * De minimis aid (issue 13).
 * - `declared_aid`: de minimis aid the company declares it has received from others (granting body, date, amount in
 *   SEK or EUR). It travels between offices on its own (id, revision, timestamps; a deletion leaves a tombstone) and
 *   goes with its company by cascade.
 * - `activities.programme_share_sek`: the part of an activity's cost the programme pays, which is aid to the company;
 *   null when the programme pays nothing (or it is not known yet).
 * - `contacts_aid_hours`: a covering index for the advisor's hours per company and date (the de minimis totals).
 */
export const m0120DeMinimis: Migration = {
  version: 120,
  name: 'de-minimis',
  async up(db) {
    await db.schema
      .createTable('declared_aid')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('amount', 'real', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('granting_body', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('declared_aid_company').on('declared_aid').columns(['company_id', 'date']).execute();
    await db.schema.alterTable('activities').addColumn('programme_share_sek', 'real').execute();
    // Every company's three-year total sums the advisor's hours per company over a period: from this index alone, so
    // the encrypted pages of the contacts themselves (their notes and steps) are not read for it.
    await db.schema.createIndex('contacts_aid_hours').on('contacts').columns(['company_id', 'date', 'hours']).execute();
  },
};

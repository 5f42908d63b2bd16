import type { Migration } from './types';

/**
 * Development plans (issue 5). Providers, plans and activities travel between offices on their own (id, revision,
 * timestamps; a deletion leaves a tombstone). An activity's competences and participants are JSON arrays of ids,
 * like a goal's areas: they travel with the activity.
 */
export const m0060Plans: Migration = {
  version: 60,
  name: 'plans',
  async up(db) {
    await db.schema
      .createTable('providers')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('municipality_code', 'text')
      .addColumn('contact', 'text')
      .addColumn('topics', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().unique().references('companies.id').onDelete('cascade'))
      .addColumn('next_follow_up', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('plans_follow_up').on('plans').column('next_follow_up').execute();

    await db.schema
      .createTable('activities')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('type_id', 'text')
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('competence_ids', 'text', (c) => c.notNull())
      .addColumn('person_ids', 'text', (c) => c.notNull())
      .addColumn('provider_id', 'text')
      .addColumn('planned_start', 'text')
      .addColumn('planned_end', 'text')
      .addColumn('hours', 'real')
      .addColumn('cost_sek', 'real')
      .addColumn('funding_source', 'text')
      .addColumn('responsible', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('outcome_rating', 'integer')
      .addColumn('outcome_comment', 'text')
      .addColumn('internal_note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('activities_plan').on('activities').columns(['plan_id', 'planned_start']).execute();
    await db.schema.createIndex('activities_provider').on('activities').column('provider_id').execute();
  },
};

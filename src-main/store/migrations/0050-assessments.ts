import type { Migration } from './types';

/**
 * Guided assessments (issue 3). Rounds, goals, strategies and company-specific competences travel between offices
 * on their own (id, revision, timestamps); answers, area targets, the people in a round and their ratings travel
 * with their round, whose revision is bumped on every change to them.
 */
export const m0050Assessments: Migration = {
  version: 50,
  name: 'assessments',
  async up(db) {
    await db.schema
      .createTable('rounds')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('advisor', 'text', (c) => c.notNull())
      .addColumn('based_on_round_id', 'text')
      .addColumn('framework_id', 'text', (c) => c.notNull())
      .addColumn('framework_version', 'integer', (c) => c.notNull())
      .addColumn('catalogue_version', 'integer', (c) => c.notNull())
      .addColumn('vision', 'text')
      .addColumn('last_step', 'text')
      .addColumn('completed_at', 'text')
      .addColumn('completed_by', 'text')
      // JSON: the company-specific competences the round used, frozen at completion.
      .addColumn('custom_snapshot', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rounds_company').on('rounds').columns(['company_id', 'date']).execute();

    await db.schema
      .createTable('round_answers')
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('level', 'integer')
      .addColumn('note', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('round_answers_pk', ['round_id', 'question_id'])
      .execute();

    await db.schema
      .createTable('round_area_targets')
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('target_level', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('round_area_targets_pk', ['round_id', 'area_id'])
      .execute();

    await db.schema
      .createTable('goals')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('current_value', 'real')
      .addColumn('target_value', 'real')
      .addColumn('target_year', 'integer')
      .addColumn('area_ids', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('goals_round').on('goals').column('round_id').execute();

    await db.schema
      .createTable('strategies')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('area_ids', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('strategies_round').on('strategies').column('round_id').execute();

    await db.schema
      .createTable('custom_competences')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('name_sv', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('description_sv', 'text')
      .addColumn('description_en', 'text')
      // JSON: [{ level, descriptor: { sv, en } }] × 5, or null.
      .addColumn('levels', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('custom_competences_company').on('custom_competences').column('company_id').execute();

    // The people taking part in a round (with their role at the time) and the competences chosen for each.
    await db.schema
      .createTable('round_people')
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('round_people_pk', ['round_id', 'person_id'])
      .execute();

    await db.schema
      .createTable('round_person_competences')
      .addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('competence_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('required_level', 'integer')
      .addColumn('self_level', 'integer')
      .addColumn('advisor_level', 'integer')
      .addColumn('note', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('round_person_competences_pk', ['round_id', 'person_id', 'competence_id'])
      .execute();
  },
};

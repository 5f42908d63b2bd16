import type { Migration } from './types';

/**
 * The programme report's progress table (issue 17, speed) reads each completed round's mean answer level and its
 * competence gaps. Indexes holding just those columns let SQLite read them without the rows' notes: the report over
 * 5,000 companies spent 1.4 s there, scanning every answer and rating row of every round.
 */
export const m0220ReportIndexes: Migration = {
  version: 220,
  name: 'report-indexes',
  async up(db) {
    await db.schema.createIndex('round_answers_levels').on('round_answers').columns(['round_id', 'level']).execute();
    await db.schema
      .createIndex('round_person_competences_levels')
      .on('round_person_competences')
      .columns(['round_id', 'required_level', 'advisor_level', 'self_level'])
      .execute();
  },
};

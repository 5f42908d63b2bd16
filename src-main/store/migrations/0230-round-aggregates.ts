import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * What the programme report's progress table needs of each round, kept up to date by SQLite (issue 17, speed):
 * the sum and count of its answered levels (the situation score's mean) and the sum and count of its competence gaps.
 * Reading them took the report over 5,000 companies 140 ms of its 300 (400,000 answer and rating rows); this table
 * has one row per round.
 *
 * Triggers on `round_answers` and `round_person_competences` keep it, as `company_status_events` is kept (0070), so
 * every write path (the round's own saves, copying a baseline, the exchange import, an erasure, deleting a custom
 * competence or a person) is counted without knowing about it. A row that no longer counts anything is deleted.
 *
 * A gap is max(0, required − current), current being the advisor's level, else the person's own; a rating with no
 * required or no current level has no gap (as the gap analysis, src-shared/domain/gaps.ts, counts it).
 */

/** A row in a trigger (NEW, OLD) or the table itself (the backfill). */
type Row = 'NEW' | 'OLD' | 'round_answers' | 'round_person_competences';

/** The answer's contribution: its level, and 1 when it has one. */
const answerLevel = (row: Row) => `COALESCE(${row}.level, 0)`;
const answerCount = (row: Row) => `(${row}.level IS NOT NULL)`;
/** The rating's contribution: its gap, and 1 when it has one. The one gap rule of the triggers and the backfill. */
const hasGap = (row: Row) => `(${row}.required_level IS NOT NULL AND COALESCE(${row}.advisor_level, ${row}.self_level) IS NOT NULL)`;
const gap = (row: Row) =>
  `CASE WHEN ${hasGap(row)} THEN MAX(0, ${row}.required_level - COALESCE(${row}.advisor_level, ${row}.self_level)) ELSE 0 END`;

/** Adds (sign '+') or takes away (sign '-') one row's contribution to its round's aggregate. */
function change(sign: '+' | '-', row: 'NEW' | 'OLD', kind: 'answer' | 'rating'): string {
  const [sumCol, countCol, sum, count] =
    kind === 'answer' ? ['level_sum', 'level_count', answerLevel(row), answerCount(row)] : ['gap_sum', 'gap_count', gap(row), hasGap(row)];
  if (sign === '-') {
    return `UPDATE round_aggregates SET ${sumCol} = ${sumCol} - ${sum}, ${countCol} = ${countCol} - ${count}
        WHERE round_id = ${row}.round_id;
      DELETE FROM round_aggregates WHERE round_id = ${row}.round_id AND level_count = 0 AND gap_count = 0;`;
  }
  return `INSERT INTO round_aggregates (round_id, ${sumCol}, ${countCol}) SELECT ${row}.round_id, ${sum}, ${count} WHERE ${count}
      ON CONFLICT (round_id) DO UPDATE SET ${sumCol} = ${sumCol} + excluded.${sumCol}, ${countCol} = ${countCol} + excluded.${countCol};`;
}

function triggers(table: 'round_answers' | 'round_person_competences', kind: 'answer' | 'rating', columns: string): string[] {
  const name = `${table}_aggregate`;
  return [
    `CREATE TRIGGER ${name}_insert AFTER INSERT ON ${table} BEGIN ${change('+', 'NEW', kind)} END`,
    `CREATE TRIGGER ${name}_delete AFTER DELETE ON ${table} BEGIN ${change('-', 'OLD', kind)} END`,
    `CREATE TRIGGER ${name}_update AFTER UPDATE OF round_id, ${columns} ON ${table}
      BEGIN ${change('-', 'OLD', kind)} ${change('+', 'NEW', kind)} END`,
  ];
}

export const m0230RoundAggregates: Migration = {
  version: 230,
  name: 'round-aggregates',
  async up(db) {
    await db.schema
      .createTable('round_aggregates')
      .addColumn('round_id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('level_sum', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('level_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('gap_sum', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('gap_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // The rounds the store already holds, summed by the same expressions the triggers use.
    const [answers, ratings] = ['round_answers', 'round_person_competences'] as const;
    await sql
      .raw(
        `
      INSERT INTO round_aggregates (round_id, level_sum, level_count)
      SELECT round_id, SUM(${answerLevel(answers)}), SUM(${answerCount(answers)}) FROM ${answers}
      WHERE ${answerCount(answers)} GROUP BY round_id`,
      )
      .execute(db);
    await sql
      .raw(
        `
      INSERT INTO round_aggregates (round_id, gap_sum, gap_count)
      SELECT round_id, SUM(${gap(ratings)}), SUM(${hasGap(ratings)}) FROM ${ratings}
      WHERE ${hasGap(ratings)} GROUP BY round_id
      ON CONFLICT (round_id) DO UPDATE SET gap_sum = excluded.gap_sum, gap_count = excluded.gap_count`,
      )
      .execute(db);
    for (const statement of [
      ...triggers('round_answers', 'answer', 'level'),
      ...triggers('round_person_competences', 'rating', 'required_level, self_level, advisor_level'),
    ])
      await sql.raw(statement).execute(db);
  },
};

import { sql } from 'kysely';
import type { Migration, MigrationDb } from './types';

/**
 * Participants from entry to exit, and an enrolment that can be set back (issue 14).
 * - `people`: entry and exit dates; what the funder counts at entry, fixed then (age band, employment status,
 *   education: consented follow-up details); the ESF+ results at exit and six months later (0/1, null: not known).
 * - `companies.status_date`: the day the current status took effect, which the advisor may set back. The status
 *   events (0070) are recorded by triggers, so the service and the exchange import both keep them: the triggers now
 *   date an event by `status_date` when it lies before the day of the write, and move any later-dated earlier event
 *   back to that day (a plain date sorts before every timestamp of the day), so the history stays in order and a
 *   report for August counts the company that started in August, even when that was typed in November.
 */

/** The instant an event is dated at: the write's own time, or noon (UTC) of a status date set back. */
const eventAt = (dateCol: string, writeCol: string) =>
  `CASE WHEN NEW.${dateCol} IS NULL OR NEW.${dateCol} >= substr(NEW.${writeCol}, 1, 10)
        THEN NEW.${writeCol} ELSE NEW.${dateCol} || 'T12:00:00.000Z' END`;

/** Earlier events dated after the new one move back to its day (they happened before it). */
const clampEarlier = (at: string, except = '') => `UPDATE company_status_events SET at = substr(${at}, 1, 10)
        WHERE company_id = NEW.id AND at > ${at}${except};`;

const LATEST = `(SELECT id FROM company_status_events WHERE company_id = NEW.id ORDER BY at DESC, rowid DESC LIMIT 1)`;

async function participantColumns(db: MigrationDb): Promise<void> {
  const text = ['entry_date', 'entry_age_band', 'entry_employment_status', 'entry_education_level', 'exit_date'];
  const flags = ['exit_in_education', 'exit_qualification', 'exit_in_employment', 'exit_job_searching'];
  for (const c of text) await db.schema.alterTable('people').addColumn(c, 'text').execute();
  for (const c of flags) await db.schema.alterTable('people').addColumn(c, 'integer').execute();
  await db.schema.alterTable('people').addColumn('six_month_date', 'text').execute();
  await db.schema.alterTable('people').addColumn('six_month_in_employment', 'integer').execute();
  await db.schema.alterTable('people').addColumn('six_month_improved', 'integer').execute();
}

export const m0160Participants: Migration = {
  version: 160,
  name: 'participants',
  async up(db) {
    await participantColumns(db);
    await db.schema.alterTable('companies').addColumn('status_date', 'text').execute();

    await sql`DROP TRIGGER company_status_events_insert`.execute(db);
    await sql`DROP TRIGGER company_status_events_update`.execute(db);
    await sql
      .raw(
        `CREATE TRIGGER company_status_events_insert AFTER INSERT ON companies
      BEGIN
        INSERT INTO company_status_events (id, company_id, status, at)
        VALUES (lower(hex(randomblob(16))), NEW.id, NEW.status, ${eventAt('status_date', 'created_at')});
      END`,
      )
      .execute(db);
    const at = eventAt('status_date', 'updated_at');
    await sql
      .raw(
        `CREATE TRIGGER company_status_events_update AFTER UPDATE OF status ON companies
      WHEN NEW.status IS NOT OLD.status
      BEGIN
        ${clampEarlier(at)}
        INSERT INTO company_status_events (id, company_id, status, at)
        VALUES (lower(hex(randomblob(16))), NEW.id, NEW.status, ${at});
      END`,
      )
      .execute(db);
    // The date of the current status corrected on its own: its event (the latest) takes the new date.
    await sql
      .raw(
        `CREATE TRIGGER company_status_events_redate AFTER UPDATE OF status_date ON companies
      WHEN NEW.status IS OLD.status AND NEW.status_date IS NOT NULL AND NEW.status_date IS NOT OLD.status_date
      BEGIN
        ${clampEarlier(at, ` AND id <> ${LATEST}`)}
        UPDATE company_status_events SET at = ${at} WHERE id = ${LATEST};
      END`,
      )
      .execute(db);
  },
};

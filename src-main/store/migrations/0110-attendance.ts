import type { Migration } from './types';

/**
 * Attendance (issue 13). An activity has sessions (a date and the hours it lasted); for each session a row per
 * participant who attended, with their hours (a missing row means absent). Sessions and attendance travel inside
 * their activity's record (they have no revision of their own: a change bumps the activity's), and go with it by
 * cascade. `activities.attendance_waiver` is the advisor's reason for marking an activity done without sessions.
 */
export const m0110Attendance: Migration = {
  version: 110,
  name: 'attendance',
  async up(db) {
    await db.schema
      .createTable('activity_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('hours', 'real', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('activity_sessions_activity').on('activity_sessions').columns(['activity_id', 'date']).execute();

    await db.schema
      .createTable('session_attendance')
      .addColumn('session_id', 'text', (c) => c.notNull().references('activity_sessions.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('hours', 'real', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('session_attendance_pk', ['session_id', 'person_id'])
      .execute();
    await db.schema.createIndex('session_attendance_person').on('session_attendance').column('person_id').execute();

    await db.schema.alterTable('activities').addColumn('attendance_waiver', 'text').execute();
  },
};

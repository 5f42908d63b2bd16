import type { Migration } from './types';

/**
 * Deltas and sequence numbers between offices (issue 12). `exchange_marks` holds, per office in the address book,
 * the revision of every record last sent to it: the next "send changes" carries the records whose revision differs.
 * `exchange_sent` numbers the files sent to each office (1, 2, …) and `exchange_received` the files applied from each
 * sender, by the sender's fingerprint (a file can come from an office not yet in the address book), so that a missing
 * file is noticed. `full` on a received file: everything before it is no longer missing.
 */
export const m0140Deltas: Migration = {
  version: 140,
  name: 'deltas',
  async up(db) {
    await db.schema
      .createTable('exchange_marks')
      .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id').onDelete('cascade'))
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('exchange_marks_pk', ['office_id', 'entity', 'entity_id'])
      .execute();
    await db.schema
      .createTable('exchange_sent')
      .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id').onDelete('cascade'))
      .addColumn('sequence', 'integer', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('full', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('exchange_sent_pk', ['office_id', 'sequence'])
      .execute();
    await db.schema
      .createTable('exchange_received')
      .addColumn('sender_fingerprint', 'text', (c) => c.notNull())
      .addColumn('sequence', 'integer', (c) => c.notNull())
      .addColumn('file_sha256', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .addColumn('full', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('exchange_received_pk', ['sender_fingerprint', 'sequence'])
      .execute();
  },
};

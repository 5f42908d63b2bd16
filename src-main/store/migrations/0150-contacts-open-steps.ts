import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The overview's next steps due (services/contacts/due.ts) over thousands of companies. A full scan of the contacts
 * reads every summary with them (over 100 ms for 100,000 contacts in the encrypted store); this partial, covering
 * index holds only the contacts that still have a step not done, with the columns the overview reads. It is the
 * database's own index, kept by SQLite on every write, so no write path (the service, an import) can leave it stale.
 *
 * A step's `done` is a JSON boolean (the contract's), so a contact with an open step has the text `false` in its
 * steps; a contact whose only `false` is in a step's text is indexed too and dropped by the exact check.
 */
export const m0150ContactsOpenSteps: Migration = {
  version: 150,
  name: 'contacts-open-steps',
  async up(db) {
    await db.schema
      .createIndex('contacts_open_steps')
      .on('contacts')
      .columns(['company_id', 'advisor', 'id', 'next_steps'])
      .where(sql<boolean>`instr(next_steps, 'false') > 0`)
      .execute();
  },
};

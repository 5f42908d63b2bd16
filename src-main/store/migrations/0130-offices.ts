import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * Office keys (issue 12). `office_identity` holds at most one row (id 1): this office's own age X25519 identity
 * (`AGE-SECRET-KEY-1…`) and its recipient (`age1…`), and an Ed25519 signing key pair (the private key as PKCS#8
 * DER in base64, the public key as the raw 32 bytes in base64); it is created on first use and never travels.
 * `offices` is the address book of other offices: the public card each gave, its fingerprint, and the day an advisor
 * verified the fingerprint with the other office (null until then).
 */
export const m0130Offices: Migration = {
  version: 130,
  name: 'offices',
  async up(db) {
    await db.schema
      .createTable('office_identity')
      .addColumn('id', 'integer', (c) =>
        c
          .primaryKey()
          .notNull()
          .check(sql`id = 1`),
      )
      .addColumn('age_identity', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('signing_private', 'text', (c) => c.notNull())
      .addColumn('signing_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('offices')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull().unique())
      .addColumn('signing_key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('verified_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};

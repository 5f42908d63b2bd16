import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Kysely, QueryExecutorProvider } from 'kysely';
import { migrate } from '../../src-main/store/migrate';
import { createKysely, openEncrypted } from '../../src-main/store/open';
import { dbPath } from '../../src-main/store/paths';
import type { Database } from '../../src-main/store/schema';

/** The committed schema: written by `npm run schema:snapshot`, never by hand. */
export const SCHEMA_SNAPSHOT_FILE = path.join(import.meta.dirname, '..', 'fixtures', 'schema.sql');

/** The schema as text: every object's SQL, sorted by name. Works on any schema version. */
export async function dumpSchema(db: QueryExecutorProvider): Promise<string> {
  const r = await sql<{ name: string; sql: string }>`
    SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  return `${r.rows.map((row) => `${row.sql};`).join('\n')}\n`;
}

/** An empty encrypted store in a temp folder, not migrated; `close` destroys it and removes the folder. */
export function emptyStore(): { db: Kysely<Database>; close(): Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-schema-'));
  const raw = openEncrypted(dbPath(dir), { kind: 'raw', hex: crypto.randomBytes(32).toString('hex') }, { create: true });
  const db = createKysely(raw);
  return {
    db,
    async close() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the snapshot file should hold: the schema every migration builds from an empty store. */
export async function currentSchemaSnapshot(): Promise<string> {
  const store = emptyStore();
  try {
    await migrate(store.db);
    return await dumpSchema(store.db);
  } finally {
    await store.close();
  }
}

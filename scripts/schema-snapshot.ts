/**
 * Rewrites tests/fixtures/schema.sql from the migrations: `npm run schema:snapshot` after adding one.
 * The migrations test compares a migrated store with this file, so the file is regenerated, never edited.
 */
import fs from 'node:fs';
import path from 'node:path';
import { currentSchemaSnapshot, SCHEMA_SNAPSHOT_FILE } from '../tests/helpers/schemaSnapshot';

const text = await currentSchemaSnapshot();
const before = fs.existsSync(SCHEMA_SNAPSHOT_FILE) ? fs.readFileSync(SCHEMA_SNAPSHOT_FILE, 'utf8') : null;
const name = path.relative(process.cwd(), SCHEMA_SNAPSHOT_FILE);
if (before === text) {
  process.stdout.write(`schema:snapshot: ${name} is up to date\n`);
} else {
  fs.writeFileSync(SCHEMA_SNAPSHOT_FILE, text);
  process.stdout.write(`schema:snapshot: wrote ${name}\n`);
}

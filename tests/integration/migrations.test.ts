import fs from 'node:fs';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readUserVersion } from '../../src-main/store/migrate';
import { checkMigrations, LATEST_VERSION, MIGRATIONS } from '../../src-main/store/migrations';
import type { Migration } from '../../src-main/store/migrations';
import type { Database } from '../../src-main/store/schema';
import { dumpSchema, emptyStore as openEmptyStore, SCHEMA_SNAPSHOT_FILE } from '../helpers/schemaSnapshot';
import { expectRefused } from '../helpers/refusal';

const SNAPSHOT = fs.readFileSync(SCHEMA_SNAPSHOT_FILE, 'utf8');
const STALE = 'tests/fixtures/schema.sql differs from what the migrations build: run `npm run schema:snapshot`';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});

function emptyStore(): Kysely<Database> {
  const store = openEmptyStore();
  open.push(store);
  return store.db;
}

async function tables(db: Kysely<Database>): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
  return r.rows.map((x) => x.name);
}

describe('migrations', () => {
  it('are numbered strictly increasing', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([...MIGRATIONS.map((m) => m.version)].sort((a, b) => a - b));
    expect(new Set(MIGRATIONS.map((m) => m.version)).size).toBe(MIGRATIONS.length);
    const up = async () => {};
    expect(() =>
      checkMigrations([
        { version: 10, name: 'a', up },
        { version: 10, name: 'b', up },
      ]),
    ).toThrow(/order/);
    expect(() =>
      checkMigrations([
        { version: 20, name: 'a', up },
        { version: 10, name: 'b', up },
      ]),
    ).toThrow(/order/);
    expect(() => checkMigrations([{ version: 0, name: 'a', up }])).toThrow(/version/);
  });

  it('build the committed schema from an empty database', async () => {
    const db = emptyStore();
    const r = await migrate(db);
    expect(r).toEqual({ from: 0, to: LATEST_VERSION, applied: MIGRATIONS.map((m) => m.version) });
    expect(await readUserVersion(db)).toBe(LATEST_VERSION);
    expect(await dumpSchema(db), STALE).toBe(SNAPSHOT);
    expect(await migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, applied: [] });
  });

  for (const previous of MIGRATIONS.slice(0, -1)) {
    it(`upgrade a database at version ${previous.version} to the committed schema`, async () => {
      const db = emptyStore();
      await migrate(db, MIGRATIONS, previous.version);
      expect(await readUserVersion(db)).toBe(previous.version);
      await sql`INSERT INTO companies (id, name, sort_name, org_number, sni_version, status, created_at, updated_at, revision)
        VALUES ('c1', 'Kvar AB', 'kvar ab', '556036-0793', '2007', 'prospect', '2025-01-01', '2025-01-01', 1)`.execute(db);
      const r = await migrate(db);
      expect(r.from).toBe(previous.version);
      expect(r.applied).toEqual(MIGRATIONS.filter((m) => m.version > previous.version).map((m) => m.version));
      expect(await dumpSchema(db), STALE).toBe(SNAPSHOT);
      const kept = await db.selectFrom('companies').select('name').execute();
      expect(kept).toEqual([{ name: 'Kvar AB' }]);
    });
  }

  it('refuse a database from a newer version and change nothing', async () => {
    const db = emptyStore();
    await migrate(db);
    await sql`PRAGMA user_version = ${sql.raw(String(LATEST_VERSION + 10))}`.execute(db);
    const extra: Migration = {
      version: LATEST_VERSION + 5,
      name: 'x',
      up: async (d) => void (await d.schema.createTable('x').addColumn('a', 'text').execute()),
    };
    const err = await expectRefused(
      'store.newerVersion',
      () => migrate(db, [...MIGRATIONS, extra]),
      () => dumpSchema(db),
    );
    expect(err.params).toEqual({ found: LATEST_VERSION + 10, known: LATEST_VERSION + 5 });
    expect(await readUserVersion(db)).toBe(LATEST_VERSION + 10);
  });

  it('run all pending migrations in one transaction: a failure leaves none applied', async () => {
    const db = emptyStore();
    const failing: Migration = {
      version: LATEST_VERSION + 10,
      name: 'fails',
      async up(d) {
        await d.schema.createTable('half_done').addColumn('a', 'text').execute();
        throw new Error('boom');
      },
    };
    await expect(migrate(db, [...MIGRATIONS, failing])).rejects.toThrow('boom');
    expect(await readUserVersion(db)).toBe(0);
    expect(await tables(db)).toEqual([]);
  });
});

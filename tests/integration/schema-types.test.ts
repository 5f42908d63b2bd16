import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src-main/store/schema';
import type { TableName } from '../../src-main/store/schema';
import { makeTempStore } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

/**
 * The TypeScript schema (store/schema.ts, from which Kysely's `Database` is derived) against the store the migrations
 * build: a migration that adds, drops or changes a column without the types following fails here.
 */

interface ColumnInfo {
  name: string;
  /** The declared type, whose affinity SQLite applies. */
  type: string;
  notNull: boolean;
}

let store: TempStore;
beforeAll(async () => {
  store = await makeTempStore();
});
afterAll(() => store.cleanup());

async function storeTables(): Promise<string[]> {
  const r = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(store.db);
  return r.rows.map((row) => row.name);
}

async function storeColumns(table: string): Promise<ColumnInfo[]> {
  const r = await sql<{ name: string; type: string; notnull: number }>`
    SELECT name, type, "notnull" FROM pragma_table_info(${table})`.execute(store.db);
  return r.rows.map((c) => ({ name: c.name, type: c.type.toLowerCase(), notNull: c.notnull === 1 })).sort(byName);
}

function declaredColumns(table: TableName): ColumnInfo[] {
  return Object.entries(TABLES[table])
    .map(([name, c]) => ({ name, type: c.affinity, notNull: c.notNull }))
    .sort(byName);
}

const byName = (a: ColumnInfo, b: ColumnInfo) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

describe('the schema types', () => {
  it('declare every table the migrations create, and no other', async () => {
    expect(Object.keys(TABLES).sort()).toEqual(await storeTables());
  });

  for (const table of Object.keys(TABLES) as TableName[]) {
    it(`match the migrated ${table}: column names, NOT NULL and type`, async () => {
      const declared = declaredColumns(table);
      expect(declared, `+ store/schema.ts TABLES.${table}, - PRAGMA table_info of the migrated store`).toEqual(await storeColumns(table));
    });
  }
});

/**
 * The store's tables as values, so that one declaration serves Kysely's types (derived below), a test that holds
 * them against the migrated database (`PRAGMA table_info`), and the code that maps rows to the camelCase records of
 * the contract and the exchange file without listing the columns again.
 */

/** SQLite type affinity, as the migrations declare it. */
export type Affinity = 'text' | 'integer' | 'real';

/**
 * How a column's value is represented outside the store: `bool` is a 0/1 integer that travels as a boolean,
 * `json` a text holding JSON that travels parsed.
 */
export type Codec = 'bool' | 'json';

export class Column<T, K extends Codec | null = Codec | null> {
  /** Type only: the TypeScript type of the column's values. */
  declare readonly type: T;

  constructor(
    readonly affinity: Affinity,
    readonly notNull: boolean,
    readonly codec: K,
  ) {}

  nullable(): Column<T | null, K> {
    return new Column<T | null, K>(this.affinity, false, this.codec);
  }
}

export const col = {
  text: () => new Column<string, null>('text', true, null),
  integer: () => new Column<number, null>('integer', true, null),
  real: () => new Column<number, null>('real', true, null),
  /** 0 or 1 in the store, a boolean outside it. */
  bool: () => new Column<number, 'bool'>('integer', true, 'bool'),
  /** JSON text in the store, the parsed value outside it. */
  json: () => new Column<string, 'json'>('text', true, 'json'),
};

export type ColumnMap = Readonly<Record<string, Column<unknown>>>;

/** The Kysely row type of a column map. */
export type RowOf<M extends ColumnMap> = { -readonly [C in keyof M]: M[C]['type'] };

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** A snake_case column's camelCase field name: the one naming rule of the contract and the exchange file. */
export type FieldName<C extends string> = Camel<C>;

export function fieldName<C extends string>(column: C): FieldName<C> {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as FieldName<C>;
}

/** A column's value outside the store. */
export type Decoded<C> =
  C extends Column<infer T, infer K> ? (K extends 'bool' ? boolean | Extract<T, null> : K extends 'json' ? unknown : T) : never;

/** The camelCase record of a column map: what a row looks like in the contract or in an exchange file. */
export type RecordOf<M extends ColumnMap> = { -readonly [C in keyof M & string as FieldName<C>]: Decoded<M[C]> };

/** A column map without some of its columns (bookkeeping, derived values). */
export function omitColumns<M extends ColumnMap, O extends keyof M & string>(columns: M, omit: readonly O[]): Omit<M, O> {
  const rest: Record<string, Column<unknown>> = { ...columns };
  for (const name of omit) delete rest[name];
  return rest as Omit<M, O>;
}

/** A record field and its column: [camelCase field, snake_case column, codec]. */
export type FieldColumn = readonly [field: string, column: string, codec?: Codec];
export type FieldColumns = readonly FieldColumn[];

/** The columns every record that travels between offices carries, in the order exchange files have always listed them. */
export const BOOKKEEPING_COLUMNS = ['id', 'revision', 'created_at', 'updated_at'] as const;

/**
 * The fields of a column map: for a travelling table (one with a revision) the bookkeeping first, then the rest in
 * the table's order.
 */
export function fieldColumns(columns: ColumnMap): FieldColumns {
  const names = Object.keys(columns);
  const first: readonly string[] = 'revision' in columns ? BOOKKEEPING_COLUMNS.filter((c) => c in columns) : [];
  return [...first, ...names.filter((c) => !first.includes(c))].map((column): FieldColumn => {
    const codec = columns[column]!.codec;
    return codec ? [fieldName(column), column, codec] : [fieldName(column), column];
  });
}

/** Rows and records handled without their table's type (the exchange copies many tables the same way). */
export type Row = Record<string, unknown>;

/** A row as its camelCase record: booleans from 0/1, JSON parsed. */
export function toRecord(map: FieldColumns, row: Row): Row {
  const out: Row = {};
  for (const [field, column, codec] of map) {
    const v = row[column];
    out[field] = v === null || v === undefined ? (v ?? null) : codec === 'bool' ? v === 1 : codec === 'json' ? JSON.parse(v as string) : v;
  }
  return out;
}

/** A camelCase record as its row: booleans as 0/1, JSON as text. */
export function toRow(map: FieldColumns, record: Row): Row {
  const out: Row = {};
  for (const [field, column, codec] of map) {
    const v = record[field];
    out[column] = v === null || v === undefined ? null : codec === 'bool' ? (v ? 1 : 0) : codec === 'json' ? JSON.stringify(v) : v;
  }
  return out;
}

type NullableColumn<M extends ColumnMap> = { [C in keyof M & string]: null extends M[C]['type'] ? C : never }[keyof M & string];

/** Every nullable column's field set to null: the defaults of a new record, but for its NOT NULL columns. */
export function nullRecord<M extends ColumnMap>(columns: M): { [C in NullableColumn<M> as FieldName<C>]: null } {
  const nullable = Object.keys(columns).filter((name) => !columns[name]!.notNull);
  return Object.fromEntries(nullable.map((name) => [fieldName(name), null])) as { [C in NullableColumn<M> as FieldName<C>]: null };
}

/** `A` when it has exactly the keys of `B`, else never: a contract field without its column (or the reverse) fails to compile. */
export type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? A : never;

/** Rows of one column map to their records and back, typed by that map. */
export interface RecordCodec<M extends ColumnMap> {
  readonly fields: FieldColumns;
  decode(row: RowOf<M>): RecordOf<M>;
  encode(record: RecordOf<M>): RowOf<M>;
}

export function recordCodec<M extends ColumnMap>(columns: M): RecordCodec<M> {
  const fields = fieldColumns(columns);
  return {
    fields,
    decode: (row) => toRecord(fields, row) as RecordOf<M>,
    encode: (record) => toRow(fields, record) as RowOf<M>,
  };
}

/** The ids in an id-list column (`col.json`); anything else in it is ignored. */
export function jsonIds(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * The store's tables as values, so that one declaration serves Kysely's types (derived below), a test that holds
 * them against the migrated database (`PRAGMA table_info`), and code that maps rows to records (the exchange file,
 * the companies contract) without listing the columns again.
 */

/** SQLite type affinity, as the migrations declare it. */
export type Affinity = 'text' | 'integer' | 'real';

/**
 * How a column's value is represented outside the store: `bool` is a 0/1 integer that travels as a boolean,
 * `json` a text holding JSON that travels parsed.
 */
export type Codec = 'bool' | 'json';

export class Column<T> {
  /** Type only: the TypeScript type of the column's values. */
  declare readonly type: T;

  constructor(
    readonly affinity: Affinity,
    readonly notNull: boolean,
    readonly codec?: Codec,
  ) {}

  nullable(): Column<T | null> {
    return new Column<T | null>(this.affinity, false, this.codec);
  }
}

export const col = {
  text: () => new Column<string>('text', true),
  integer: () => new Column<number>('integer', true),
  real: () => new Column<number>('real', true),
  /** 0 or 1 in the store, a boolean outside it. */
  bool: () => new Column<number>('integer', true, 'bool'),
  /** JSON text in the store, the parsed value outside it. */
  json: () => new Column<string>('text', true, 'json'),
};

export type ColumnMap = Readonly<Record<string, Column<unknown>>>;

/** The Kysely row type of a column map. */
export type RowOf<M extends ColumnMap> = { -readonly [K in keyof M]: M[K]['type'] };

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** A snake_case column's camelCase field name, the one rule the contract and the exchange file follow. */
export type FieldName<C extends string> = Camel<C>;

export function fieldName<C extends string>(column: C): FieldName<C> {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as FieldName<C>;
}

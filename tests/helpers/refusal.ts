import { expect } from 'vitest';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Result } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';
import type { Database } from '../../src-main/store/schema';

/** How a call was refused: a code and its params (`{}` when it has none). */
export interface Refusal {
  code: ErrorCode;
  params: Record<string, unknown>;
}

function isFailure(value: unknown): value is Extract<Result<unknown>, { ok: false }> {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false && 'error' in value;
}

/**
 * The refusal a call ended in, whichever way it travels: an AppError that a service throws, or the `{ ok: false }`
 * that the router and the hosts answer. Anything else (a success, another exception) fails the test.
 */
export async function refusal(call: () => unknown): Promise<Refusal> {
  let outcome: unknown;
  try {
    outcome = await call();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, params: error.params };
    throw error;
  }
  if (isFailure(outcome)) return { code: outcome.error.code, params: outcome.error.params ?? {} };
  throw new Error(`expected a refusal, got ${JSON.stringify(outcome)?.slice(0, 200)}`);
}

/**
 * A call that must be refused with `code` and change nothing: `state` reads what the call must leave as it was
 * (the tables it writes, a folder's files), once before and once after. Without `state`, only the code is checked:
 * for calls that have nothing stored to compare (an unknown channel, a store that does not open).
 */
export async function expectRefused(code: ErrorCode, call: () => unknown, state?: () => unknown): Promise<Refusal> {
  const before = await state?.();
  const refused = await refusal(call);
  expect(refused.code).toBe(code);
  if (state) expect(await state()).toEqual(before);
  return refused;
}

/** Every row of the named tables (default: every table), in a fixed order: the logical dump that states are compared by. */
export async function tableState(db: Kysely<Database>, tables?: readonly string[]): Promise<Record<string, unknown[]>> {
  const names =
    tables ??
    (
      await sql<{ name: string }>`
        SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db)
    ).rows.map((r) => r.name);
  const out: Record<string, unknown[]> = {};
  for (const name of names) {
    const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(db)).rows;
    // Sorted by content, not by a key: every table compares the same way, whatever its columns.
    out[name] = rows
      .map((row) => JSON.stringify(row))
      .sort()
      .map((json) => JSON.parse(json) as unknown);
  }
  return out;
}

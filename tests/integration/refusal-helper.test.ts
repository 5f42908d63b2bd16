import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { AppError } from '@shared/api/errors';
import { expectRefused, refusal, tableState } from '../helpers/refusal';
import { makeTempStore } from '../helpers/tempStore';

describe('the one rejection helper', () => {
  it('reads a refusal thrown by a service or answered by the router', async () => {
    expect(await refusal(() => Promise.reject(new AppError('company.notFound', { id: 'x' })))).toEqual({
      code: 'company.notFound',
      params: { id: 'x' },
    });
    expect(await refusal(() => ({ ok: false, error: { code: 'store.locked' } }))).toEqual({ code: 'store.locked', params: {} });
    expect(
      await refusal(() => {
        throw new AppError('internal');
      }),
    ).toEqual({ code: 'internal', params: {} });
  });

  it('fails on a success, on another exception, on another code and on a changed state', async () => {
    await expect(refusal(() => ({ ok: true, value: 1 }))).rejects.toThrow(/expected a refusal/);
    await expect(refusal(() => Promise.resolve())).rejects.toThrow(/expected a refusal/);
    await expect(refusal(() => Promise.reject(new TypeError('boom')))).rejects.toThrow(TypeError);
    await expect(expectRefused('store.locked', () => Promise.reject(new AppError('store.missing')))).rejects.toThrow();
    let rows = 0;
    const write = () => {
      rows += 1;
      throw new AppError('validation');
    };
    await expect(expectRefused('validation', write, () => rows)).rejects.toThrow();
    await expect(
      expectRefused(
        'validation',
        () => Promise.reject(new AppError('validation')),
        () => rows,
      ),
    ).resolves.toMatchObject({
      code: 'validation',
    });
  });

  it('dumps every table, or the named ones, in an order that does not depend on insertion', async () => {
    const store = await makeTempStore();
    try {
      await sql`CREATE TABLE probe (a TEXT, b INTEGER)`.execute(store.db);
      await sql`INSERT INTO probe VALUES ('y', 2), ('x', 1)`.execute(store.db);
      const all = await tableState(store.db);
      expect(Object.keys(all)).toContain('companies');
      expect(await tableState(store.db, ['probe'])).toEqual({
        probe: [
          { a: 'x', b: 1 },
          { a: 'y', b: 2 },
        ],
      });
      await sql`INSERT INTO probe VALUES ('z', 3)`.execute(store.db);
      expect(await tableState(store.db)).not.toEqual(all);
    } finally {
      store.cleanup();
    }
  });
});

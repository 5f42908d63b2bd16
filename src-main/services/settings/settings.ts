import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { Settings } from '@shared/api/session';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';

const KEYS = ['advisorName', 'office', 'exchangeFolder'] as const satisfies readonly (keyof Settings)[];

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', KEYS).execute();
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return {
    advisorName: byKey.get('advisorName') ?? null,
    office: byKey.get('office') ?? null,
    exchangeFolder: byKey.get('exchangeFolder') ?? null,
  };
}

/** Absent keys are left as they are; empty text clears a setting. */
export async function updateSettings(
  db: Kysely<Database>,
  input: ParsedInputOf<'settings.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Settings> {
  return inTransaction(db, async (trx) => {
    const now = deps.now().toISOString();
    for (const key of KEYS) {
      const raw = input[key];
      if (raw === undefined) continue;
      const value = raw === null || raw.trim() === '' ? null : raw.trim();
      await trx
        .insertInto('settings')
        .values({ key, value, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
        .execute();
    }
    return getSettings(trx);
  });
}

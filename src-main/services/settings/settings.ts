import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { DEFAULT_AUTO_LOCK_MINUTES } from '@shared/api/session';
import type { Settings } from '@shared/api/session';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';

const KEYS = [
  'advisorName',
  'office',
  'exchangeFolder',
  'backupFolder',
  // The programme's identity on printed documents (issue 16); the logo checked by the contract (domain/logo.ts).
  'programmeName',
  'programmeLogo',
  'advisorPhone',
  'advisorEmail',
] as const satisfies readonly (keyof Settings)[];
/** Kept as text like every setting; the contract has checked the number. */
const NUMBER_KEYS = ['hourlyRateSek', 'eurRate', 'autoLockMinutes'] as const satisfies readonly (keyof Settings)[];

function numberOf(value: string | null | undefined): number | null {
  const n = value === null || value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', [...KEYS, ...NUMBER_KEYS])
    .execute();
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return {
    advisorName: byKey.get('advisorName') ?? null,
    office: byKey.get('office') ?? null,
    exchangeFolder: byKey.get('exchangeFolder') ?? null,
    hourlyRateSek: numberOf(byKey.get('hourlyRateSek')),
    eurRate: numberOf(byKey.get('eurRate')),
    backupFolder: byKey.get('backupFolder') ?? null,
    autoLockMinutes: numberOf(byKey.get('autoLockMinutes')) ?? DEFAULT_AUTO_LOCK_MINUTES,
    programmeName: byKey.get('programmeName') ?? null,
    programmeLogo: byKey.get('programmeLogo') ?? null,
    advisorPhone: byKey.get('advisorPhone') ?? null,
    advisorEmail: byKey.get('advisorEmail') ?? null,
  };
}

async function put(trx: Kysely<Database>, key: string, value: string | null, now: string): Promise<void> {
  await trx
    .insertInto('settings')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
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
      await put(trx, key, value, now);
    }
    for (const key of NUMBER_KEYS) {
      const raw = input[key];
      if (raw !== undefined) await put(trx, key, raw === null ? null : String(raw), now);
    }
    return getSettings(trx);
  });
}

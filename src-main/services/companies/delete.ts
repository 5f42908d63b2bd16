import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { writeTombstones } from '../../store/tombstones';
import { childTombstones } from './childTombstones';
import { loadRow } from './companies';

/**
 * Removes a company and everything that hangs from it, the one way both the register and an imported deletion do
 * it: its people go, each leaving a tombstone dated `now` one revision above their own; its rounds, plan,
 * activities and own competences go by cascade; the company leaves `tombstone` (a new one here, or the one the
 * imported file carries). Returns how many people went.
 */
export async function removeCompany(
  trx: Kysely<Database>,
  companyId: string,
  tombstone: { deleted_at: string; revision: number },
  now: string,
): Promise<{ people: number }> {
  const people = await trx.selectFrom('people').select(['id', 'revision']).where('company_id', '=', companyId).execute();
  const children = await childTombstones(trx, companyId, now);
  await trx.deleteFrom('people').where('company_id', '=', companyId).execute();
  await trx.deleteFrom('companies').where('id', '=', companyId).execute();
  await writeTombstones(trx, [
    { entity: 'company', entity_id: companyId, ...tombstone },
    ...people.map((p) => ({ entity: 'person', entity_id: p.id, deleted_at: now, revision: p.revision + 1 })),
    ...children,
  ]);
  return { people: people.length };
}

/** Removes the company and its people for good, leaving tombstones so that an exchange can pass the deletion on. */
export async function deleteCompany(
  db: Kysely<Database>,
  input: ParsedInputOf<'companies.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => {
    const company = await loadRow(trx, input.id);
    const now = deps.now().toISOString();
    await removeCompany(trx, company.id, { deleted_at: now, revision: company.revision + 1 }, now);
    return { deleted: true as const };
  });
}

import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { Decision } from './merge';
import { inChunks } from './merge';
import { COMPANY_OWN } from '../companies/childTombstones';

/** The tables whose records go with a company by cascade, and the entity each travels as. */
const OF_COMPANY = [['person', 'people'], ...COMPANY_OWN] as const;

/**
 * A record this office keeps although the file deletes it (the advisor kept theirs, or the deletion is older than
 * what both offices agreed on). The sender, and every office that took the deletion from it, removed the record
 * with everything under it, including records it had received from this office before. This office's marks still
 * say those were sent, so when the record came back there, by a later file of this office, what was under it never
 * did: a person stayed at one office only (found by the convergence property). Forgetting the marks of the record and
 * of everything under it sends them all again with the next changes; an office that still has them finds them
 * unchanged.
 */
export async function resendKept(trx: Kysely<Database>, decisions: Decision[], deleted: Set<string>): Promise<void> {
  const kept = decisions.filter((d) => d.tombstone && d.local && !deleted.has(d.id));
  const companies = kept.filter((d) => d.entity === 'company').map((d) => d.id);
  const plans = kept.filter((d) => d.entity === 'plan').map((d) => d.id);
  const forget: Array<{ entity: string; ids: string[] }> = kept.map((d) => ({ entity: d.entity, ids: [d.id] }));
  for (const [entity, table] of OF_COMPANY) {
    const rows = await inChunks(companies, (c) => trx.selectFrom(table).select('id').where('company_id', 'in', c).execute());
    forget.push({ entity, ids: rows.map((r) => r.id) });
    if (entity === 'plan') plans.push(...rows.map((r) => r.id));
  }
  const activities = await inChunks(plans, (c) => trx.selectFrom('activities').select('id').where('plan_id', 'in', c).execute());
  forget.push({ entity: 'activity', ids: activities.map((r) => r.id) });
  for (const { entity, ids } of forget) {
    await inChunks(ids, (c) => trx.deleteFrom('exchange_marks').where('entity', '=', entity).where('entity_id', 'in', c).execute());
  }
}

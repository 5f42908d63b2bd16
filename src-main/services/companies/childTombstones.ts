import type { Kysely } from 'kysely';
import type { Database, TombstonesTable } from '../../store/schema';

/** What a company owns besides its people, by the entity each travels as and its table (plan's activities apart). */
export const COMPANY_OWN = [
  ['round', 'rounds'],
  ['custom_competence', 'custom_competences'],
  ['plan', 'plans'],
  ['contact', 'contacts'],
  ['aid', 'declared_aid'],
] as const;

/**
 * Tombstones for everything of a company that goes with it by cascade (its rounds, own competences, plan and its
 * activities, contacts and declared aid), each one revision above its own. Without them the deletion of these did
 * not travel: when another office's edit of the company won over its deletion, the company came back here without
 * them while the other offices kept theirs, for ever (found by the convergence property).
 */
export async function childTombstones(trx: Kysely<Database>, companyId: string, now: string): Promise<TombstonesTable[]> {
  const out: TombstonesTable[] = [];
  for (const [entity, table] of COMPANY_OWN) {
    const rows = await trx.selectFrom(table).select(['id', 'revision']).where('company_id', '=', companyId).execute();
    out.push(...rows.map((r) => ({ entity, entity_id: r.id, deleted_at: now, revision: r.revision + 1 })));
  }
  const activities = await trx
    .selectFrom('activities')
    .innerJoin('plans', 'plans.id', 'activities.plan_id')
    .select(['activities.id as id', 'activities.revision as revision'])
    .where('plans.company_id', '=', companyId)
    .execute();
  out.push(...activities.map((r) => ({ entity: 'activity', entity_id: r.id, deleted_at: now, revision: r.revision + 1 })));
  return out;
}

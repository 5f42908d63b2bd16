import type { Row } from './rows';

type Loaded = Record<'companies' | 'people' | 'rounds' | 'customs' | 'plans' | 'activities' | 'providers' | 'contacts' | 'aid', Row[]>;

const ids = (json: unknown): string[] => JSON.parse(json as string) as string[];

/**
 * A delta carries, with what changed, what that refers to: the company of each changed record, the plan of each
 * changed activity, the people, provider and own competences it names, the people a changed contact names, and the
 * people of a changed round's company. The receiving office may have deleted one of them meanwhile; with the record
 * in the file, the import decides it as it does a full file's (kept deleted, and whatever refers to it kept out or
 * erased) instead of refusing this file, and every later one, for a reference it cannot find. Found by the
 * convergence property. Unchanged, these records change nothing on arrival.
 */
export function withReferences(kept: Loaded, loaded: Loaded): Loaded {
  const want = { companies: new Set<string>(), people: new Set<string>(), plans: new Set<string>() };
  const providers = new Set<string>();
  const customs = new Set<string>();
  const peopleOf = new Set<string>(kept.rounds.map((r) => r['company_id'] as string));
  for (const a of kept.activities) {
    want.plans.add(a['plan_id'] as string);
    for (const p of ids(a['person_ids'])) want.people.add(p);
    for (const c of ids(a['competence_ids'])) customs.add(c);
    if (a['provider_id'] !== null) providers.add(a['provider_id'] as string);
  }
  for (const c of kept.contacts) {
    for (const p of ids(c['person_ids'])) want.people.add(p);
    for (const s of JSON.parse(c['next_steps'] as string) as { ownerPersonId: string | null }[]) {
      if (s.ownerPersonId !== null) want.people.add(s.ownerPersonId);
    }
  }
  const pick = (rows: Row[], wanted: (r: Row) => boolean, already: Row[]) => {
    const have = new Set(already.map((r) => r['id'] as string));
    return [...already, ...rows.filter((r) => !have.has(r['id'] as string) && wanted(r))];
  };
  const plans = pick(loaded.plans, (p) => want.plans.has(p['id'] as string), kept.plans);
  const people = pick(loaded.people, (p) => want.people.has(p['id'] as string) || peopleOf.has(p['company_id'] as string), kept.people);
  const ownCustoms = pick(loaded.customs, (c) => customs.has(c['id'] as string), kept.customs);
  for (const r of [...people, ...kept.rounds, ...ownCustoms, ...plans, ...kept.contacts, ...kept.aid]) {
    want.companies.add(r['company_id'] as string);
  }
  return {
    ...kept,
    companies: pick(loaded.companies, (c) => want.companies.has(c['id'] as string), kept.companies),
    people,
    customs: ownCustoms,
    plans,
    providers: pick(loaded.providers, (p) => providers.has(p['id'] as string), kept.providers),
  };
}

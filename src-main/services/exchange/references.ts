import type { Kysely } from 'kysely';
import { AppError } from '@shared/api/errors';
import type { Database } from '../../store/schema';
import { competenceCatalogue, latestCatalogueVersion } from '../frameworks';
import type { ExchangeFile } from './format';
import type { EntityTable } from './rows';
import { presentIds } from './write';

/** Every record the file refers to is in the file or here: checked before a plan is made. */

/** The ids of `wanted` that are neither in `inFile` nor in `table` here; the first missing one, or undefined. */
async function firstMissing(
  db: Kysely<Database>,
  table: EntityTable,
  wanted: Iterable<string>,
  inFile: Set<string>,
): Promise<string | undefined> {
  const elsewhere = [...new Set(wanted)].filter((id) => !inFile.has(id));
  const here = await presentIds(db, table, elsewhere);
  return elsewhere.find((id) => !here.has(id));
}

export async function checkReferences(db: Kysely<Database>, file: ExchangeFile): Promise<void> {
  const companyRefs = [...file.people, ...file.rounds, ...file.customCompetences, ...file.plans, ...file.contacts, ...file.aid].map(
    (r) => r.companyId,
  );
  const company = await firstMissing(db, 'companies', companyRefs, new Set(file.companies.map((c) => c.id)));
  if (company) throw new AppError('exchange.missingReference', { entity: 'company', id: company });

  const personRefs: string[] = [];
  for (const r of file.rounds) {
    for (const p of r.people) personRefs.push(p.personId);
    for (const x of r.ratings) personRefs.push(x.personId);
  }
  for (const a of file.activities) personRefs.push(...a.personIds);
  for (const c of file.contacts) personRefs.push(...c.personIds, ...c.nextSteps.flatMap((s) => (s.ownerPersonId ? [s.ownerPersonId] : [])));
  const person = await firstMissing(db, 'people', personRefs, new Set(file.people.map((p) => p.id)));
  if (person) throw new AppError('exchange.unknownPerson', { id: person });

  const plan = await firstMissing(
    db,
    'plans',
    file.activities.map((a) => a.planId),
    new Set(file.plans.map((p) => p.id)),
  );
  if (plan) throw new AppError('exchange.missingReference', { entity: 'plan', id: plan });
  const providerRefs = file.activities.map((a) => a.providerId).filter((v): v is string => v !== null);
  const provider = await firstMissing(db, 'providers', providerRefs, new Set(file.providers.map((p) => p.id)));
  if (provider) throw new AppError('exchange.missingReference', { entity: 'provider', id: provider });

  const known = new Set([
    ...competenceCatalogue(latestCatalogueVersion()).competences.map((c) => c.id),
    ...file.customCompetences.map((c) => c.id),
  ]);
  const competence = await firstMissing(
    db,
    'custom_competences',
    file.activities.flatMap((a) => a.competenceIds),
    known,
  );
  if (competence) throw new AppError('exchange.missingReference', { entity: 'competence', id: competence });
}

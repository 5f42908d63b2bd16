import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { Provider, ProviderKind } from '@shared/api/plans';
import type { Database, ProvidersTable } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { writeTombstones } from '../../store/tombstones';
import { jsonIds } from '../../store/columns';
import { revised } from '../../store/revisions';

/** The providers of activities (courses, consultants), shared by every company's plan. */

const collator = new Intl.Collator('sv');

function toProvider(row: ProvidersTable, activityCount: number): Provider {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ProviderKind,
    municipalityCode: row.municipality_code,
    contact: row.contact,
    topics: jsonIds(row.topics),
    activityCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

async function usage(db: Kysely<Database>, providerId: string): Promise<number> {
  const r = await db
    .selectFrom('activities')
    .select(sql<number>`count(*)`.as('n'))
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

async function loadProvider(db: Kysely<Database>, id: string): Promise<ProvidersTable> {
  const row = await db.selectFrom('providers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('plan.providerNotFound', { id });
  return row;
}

export async function listProviders(db: Kysely<Database>): Promise<Provider[]> {
  const rows = await db.selectFrom('providers').selectAll().execute();
  const counts = await db
    .selectFrom('activities')
    .select(['provider_id', sql<number>`count(*)`.as('n')])
    .where('provider_id', 'is not', null)
    .groupBy('provider_id')
    .execute();
  const byId = new Map(counts.map((c) => [c.provider_id, Number(c.n)]));
  return rows.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id)).map((r) => toProvider(r, byId.get(r.id) ?? 0));
}

export async function createProvider(
  db: Kysely<Database>,
  input: ParsedInputOf<'providers.create'>,
  deps: ServiceDeps = systemClock,
): Promise<Provider> {
  const iso = deps.now().toISOString();
  const row: ProvidersTable = {
    id: uuidv7(),
    name: input.name,
    kind: input.kind,
    municipality_code: input.municipalityCode ?? null,
    contact: input.contact ?? null,
    topics: JSON.stringify(input.topics ?? []),
    created_at: iso,
    updated_at: iso,
    revision: 1,
  };
  await db.insertInto('providers').values(row).execute();
  return toProvider(row, 0);
}

export async function updateProvider(
  db: Kysely<Database>,
  input: ParsedInputOf<'providers.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Provider> {
  return inTransaction(db, async (trx) => {
    const current = await loadProvider(trx, input.id);
    const { patch } = input;
    const columns = {
      name: patch.name ?? current.name,
      kind: patch.kind ?? current.kind,
      municipality_code: patch.municipalityCode !== undefined ? patch.municipalityCode : current.municipality_code,
      contact: patch.contact !== undefined ? patch.contact : current.contact,
      topics: patch.topics !== undefined ? JSON.stringify(patch.topics) : current.topics,
    };
    const next = revised(current, columns, deps.now());
    if (next) await trx.updateTable('providers').set(next).where('id', '=', input.id).execute();
    return toProvider(next ?? current, await usage(trx, input.id));
  });
}

/** A provider that activities name cannot be deleted: the plans would silently lose who delivers what. */
export async function deleteProvider(
  db: Kysely<Database>,
  input: ParsedInputOf<'providers.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => {
    const current = await loadProvider(trx, input.id);
    const count = await usage(trx, input.id);
    if (count > 0) throw new AppError('plan.providerInUse', { count });
    await trx.deleteFrom('providers').where('id', '=', input.id).execute();
    await writeTombstones(trx, [
      { entity: 'provider', entity_id: current.id, deleted_at: deps.now().toISOString(), revision: current.revision + 1 },
    ]);
    return { deleted: true as const };
  });
}

import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { competenceCatalogue, latestCatalogueVersion } from '../frameworks';
import { getSettings } from '../settings';
import { AppError } from '@shared/api/errors';
import { MAX_EXCHANGE_FILE_BYTES } from '@shared/api/exchange';
import type { CompanyPreview, ExchangeCounts, ExchangeEntity, ExchangePreview, ImportLogEntry } from '@shared/api/exchange';
import type { ParsedInputOf } from '@shared/api';
import { decrypt, MAX_UNPACKED_BYTES, unpack } from './crypto';
import type { ExchangeFile, TombstoneRecord } from './format';
import { exchangeFileSchema, FORMAT_NAME, FORMAT_VERSION } from './format';
import type { Decision, Plan } from './merge';
import { conflictKey, conflictOf, countPlan, emptyCounts, emptyExchangeCounts, inChunks, OP_COUNT, planImport } from './merge';
import type { AnyDb, EntityDef, Row } from './rows';
import { anyDb, exchangeDb, ROUND_CHILD_KEYS, ROUND_CHILDREN, storeSchema } from './rows';

export const PREVIEW_TTL_MS = 30 * 60 * 1000;
const MAX_PREVIEWS = 5;

interface StoredPreview {
  file: ExchangeFile;
  sha256: string;
  expiresAt: number;
  /** The plan the preview showed, and the store's change counter when it was made (see `changeCounter`). */
  plan: Plan;
  changes: number;
}

/**
 * SQLite's count of rows this connection has changed since it opened. The session owns the only connection (the
 * data folder is locked to this process), so an equal count means the store is exactly as the preview saw it and
 * its plan still holds; any write in between makes apply check and plan again.
 */
async function changeCounter(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT total_changes() AS n`.execute(db);
  return r.rows[0]!.n;
}

/** Parsed files waiting for the advisor's decisions; in memory only, never written anywhere. */
const previews = new Map<string, StoredPreview>();

function dropExpired(now: number): void {
  for (const [id, p] of previews) if (p.expiresAt <= now) previews.delete(id);
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

function firstIssuePath(error: z.ZodError): string {
  const path = error.issues[0]?.path.map(String).join('.') ?? '';
  return (path || '(root)').slice(0, 80);
}

/** Everything from the uploaded bytes to a checked file; throws one `exchange.*` error per kind of bad input. */
export async function readExchangeFile(base64: string, passphrase: string, limits = { file: MAX_EXCHANGE_FILE_BYTES, unpacked: MAX_UNPACKED_BYTES }): Promise<{ file: ExchangeFile; sha256: string }> {
  if (Math.floor((base64.length * 3) / 4) > limits.file + 2) throw new AppError('exchange.tooLarge', { limitMb: mb(limits.file) });
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > limits.file) throw new AppError('exchange.tooLarge', { limitMb: mb(limits.file) });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const json = unpack(await decrypt(bytes, passphrase), limits.unpacked);

  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('exchange.invalidContent', { path: '(json)' });
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== FORMAT_NAME) throw new AppError('exchange.invalidContent', { path: 'format' });
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw new AppError('exchange.newerFormat', { found: head.formatVersion, known: FORMAT_VERSION });
  }
  const parsed = exchangeFileSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('exchange.invalidContent', { path: firstIssuePath(parsed.error) });
  checkDuplicates(parsed.data);
  return { file: parsed.data, sha256 };
}

function checkDuplicates(file: ExchangeFile): void {
  const seen = new Set<string>();
  const once = (entity: string, id: string) => {
    const key = `${entity}:${id}`;
    if (seen.has(key)) throw new AppError('exchange.duplicateIds', { entity, id });
    seen.add(key);
  };
  for (const c of file.companies) once('company', c.id);
  for (const p of file.people) once('person', p.id);
  for (const r of file.rounds) {
    once('round', r.id);
    for (const g of r.goals) once('goal', g.id);
    for (const s of r.strategies) once('strategy', s.id);
    const child = new Set<string>();
    const key = (kind: string, ...parts: string[]) => {
      const k = [kind, ...parts].join(':');
      if (child.has(k)) throw new AppError('exchange.duplicateIds', { entity: `round.${kind}`, id: r.id });
      child.add(k);
    };
    for (const a of r.answers) key('answer', a.questionId);
    for (const t of r.areaTargets) key('areaTarget', t.areaId);
    for (const p of r.people) key('person', p.personId);
    for (const x of r.ratings) key('rating', x.personId, x.competenceId);
  }
  for (const c of file.customCompetences) once('custom_competence', c.id);
  for (const p of file.plans) once('plan', p.id);
  for (const a of file.activities) once('activity', a.id);
  for (const p of file.providers) once('provider', p.id);
  // A record both present and deleted in the same file is a duplicate too.
  for (const t of file.tombstones) once(t.entity, t.entityId);
  const orgNumbers = new Set<string>();
  for (const c of file.companies) {
    if (orgNumbers.has(c.orgNumber)) throw new AppError('exchange.duplicateIds', { entity: 'company', id: c.orgNumber });
    orgNumbers.add(c.orgNumber);
  }
  const planCompanies = new Set<string>();
  for (const p of file.plans) {
    if (planCompanies.has(p.companyId)) throw new AppError('exchange.duplicateIds', { entity: 'plan', id: p.companyId });
    planCompanies.add(p.companyId);
  }
}

/** The ids of `wanted` that are neither in `inFile` nor in `table` here; the first missing one, or undefined. */
async function firstMissing(db: AnyDb, table: string, wanted: Iterable<string>, inFile: Set<string>): Promise<string | undefined> {
  const elsewhere = [...new Set(wanted)].filter((id) => !inFile.has(id));
  const here = new Set(
    (await inChunks(elsewhere, (c) => db.selectFrom(table).select('id').where('id', 'in', c).execute() as Promise<Row[]>)).map((r) => r['id'] as string),
  );
  return elsewhere.find((id) => !here.has(id));
}

async function checkReferences(db: AnyDb, file: ExchangeFile): Promise<void> {
  const companyRefs = [...file.people, ...file.rounds, ...file.customCompetences, ...file.plans].map((r) => r.companyId);
  const company = await firstMissing(db, 'companies', companyRefs, new Set(file.companies.map((c) => c.id)));
  if (company) throw new AppError('exchange.missingReference', { entity: 'company', id: company });

  const personRefs: string[] = [];
  for (const r of file.rounds) {
    for (const p of r.people) personRefs.push(p.personId);
    for (const x of r.ratings) personRefs.push(x.personId);
  }
  for (const a of file.activities) personRefs.push(...a.personIds);
  const person = await firstMissing(db, 'people', personRefs, new Set(file.people.map((p) => p.id)));
  if (person) throw new AppError('exchange.unknownPerson', { id: person });

  const plan = await firstMissing(db, 'plans', file.activities.map((a) => a.planId), new Set(file.plans.map((p) => p.id)));
  if (plan) throw new AppError('exchange.missingReference', { entity: 'plan', id: plan });
  const providerRefs = file.activities.map((a) => a.providerId).filter((v): v is string => v !== null);
  const provider = await firstMissing(db, 'providers', providerRefs, new Set(file.providers.map((p) => p.id)));
  if (provider) throw new AppError('exchange.missingReference', { entity: 'provider', id: provider });

  const known = new Set([...competenceCatalogue(latestCatalogueVersion()).competences.map((c) => c.id), ...file.customCompetences.map((c) => c.id)]);
  const competence = await firstMissing(db, 'custom_competences', file.activities.flatMap((a) => a.competenceIds), known);
  if (competence) throw new AppError('exchange.missingReference', { entity: 'competence', id: competence });
}

function companyRows(decisions: Decision[]): CompanyPreview[] {
  const byCompany = new Map<string, CompanyPreview>();
  const row = (d: Decision) => {
    let r = byCompany.get(d.companyId);
    if (!r) {
      r = { id: d.companyId, name: d.entity === 'company' ? d.name : '', kind: 'unchanged', conflicts: [], rounds: emptyCounts(), activities: emptyCounts() };
      byCompany.set(d.companyId, r);
    }
    return r;
  };
  const providerConflicts = decisions.filter((d) => d.entity === 'provider').map(conflictOf).filter((c) => c !== null);
  // Companies first, so that each row is named after its company.
  for (const d of [...decisions].sort((a, b) => (a.entity === b.entity ? 0 : a.entity === 'company' ? -1 : b.entity === 'company' ? 1 : 0))) {
    if (d.entity === 'provider' || d.companyId === '') continue;
    const r = row(d);
    if (d.entity === 'company' && !r.name) r.name = d.name;
    if (d.entity === 'round') r.rounds[OP_COUNT[d.decision.op]] += 1;
    if (d.entity === 'activity') r.activities[OP_COUNT[d.decision.op]] += 1;
    const conflict = conflictOf(d);
    if (conflict) r.conflicts.push(conflict);
    const op = d.decision.op;
    if (conflict) r.kind = 'conflict';
    else if (d.entity === 'company' && op === 'insert' && r.kind !== 'conflict') r.kind = 'new';
    else if ((op === 'insert' || op === 'update' || op === 'delete') && r.kind === 'unchanged') r.kind = 'updated';
  }
  const rows = [...byCompany.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
  // Providers are shared by every company: a conflict on one is listed with the first company that uses it.
  if (providerConflicts.length > 0) {
    const first = rows[0];
    if (first) {
      first.conflicts.push(...providerConflicts);
      first.kind = 'conflict';
    }
  }
  return rows;
}

export async function previewImport(
  db: Kysely<Database>,
  input: ParsedInputOf<'exchange.preview'>,
  deps: ServiceDeps = systemClock,
  limits?: { file: number; unpacked: number },
): Promise<ExchangePreview> {
  const { file, sha256 } = await readExchangeFile(input.base64, input.passphrase, limits);
  const adb = anyDb(db);
  await checkReferences(adb, file);
  const schema = await storeSchema(db);
  const plan = await planImport(adb, file, schema);
  const changes = await changeCounter(db);
  const now = deps.now().getTime();
  dropExpired(now);
  while (previews.size >= MAX_PREVIEWS) previews.delete(previews.keys().next().value as string);
  const previewId = crypto.randomUUID();
  const expiresAt = now + PREVIEW_TTL_MS;
  previews.set(previewId, { file, sha256, expiresAt, plan, changes });
  return {
    previewId,
    source: { office: file.office, advisor: file.advisor, exportedAt: file.exportedAt, appVersion: file.appVersion },
    fileSha256: sha256,
    companies: companyRows(plan.decisions),
    counts: countPlan(plan, schema),
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

// ---------- apply ----------

/** SQLite allows 32,766 bound values per statement; stay well under it. */
const MAX_PARAMS = 16_000;
const MAX_ROWS = 500;

function batches<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / Math.max(1, columns))));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function insertRows(db: AnyDb, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  for (const chunk of batches(rows, Object.keys(rows[0]!).length)) await db.insertInto(table).values(chunk).execute();
}

/** Multi-row update of whole rows by id: an upsert that only ever takes its update branch (no delete, no cascade). */
async function updateRows(db: AnyDb, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => c !== 'id');
  for (const chunk of batches(rows, columns.length + 1)) {
    await db
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
      .execute();
  }
}

async function upsertKeyed(db: AnyDb, table: 'tombstones' | 'exchange_base', rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => c !== 'entity' && c !== 'entity_id');
  for (const chunk of batches(rows, columns.length + 2)) {
    await db
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) => oc.columns(['entity', 'entity_id']).doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
      .execute();
  }
}

/** The ids of `ids` present in `table` now. */
async function presentIds(db: AnyDb, table: string, ids: Iterable<string>): Promise<Set<string>> {
  const rows = await inChunks([...new Set(ids)], (c) => db.selectFrom(table).select('id').where('id', 'in', c).execute() as Promise<Row[]>);
  return new Set(rows.map((r) => r['id'] as string));
}

const tombstoneRow = (t: TombstoneRecord): Row => ({ entity: t.entity, entity_id: t.entityId, deleted_at: t.deletedAt, revision: t.revision });

/** The table and column a record's parent lives in, for the records that need one to exist. */
const PARENT: Partial<Record<ExchangeEntity, { table: string; column: string }>> = {
  person: { table: 'companies', column: 'company_id' },
  round: { table: 'companies', column: 'company_id' },
  custom_competence: { table: 'companies', column: 'company_id' },
  plan: { table: 'companies', column: 'company_id' },
  activity: { table: 'plans', column: 'plan_id' },
};

/** Applies the advisor's decisions in ONE transaction: on any error nothing at all is written. */
export async function applyImport(
  db: Kysely<Database>,
  input: ParsedInputOf<'exchange.apply'>,
  deps: ServiceDeps = systemClock,
): Promise<ExchangeCounts> {
  const nowDate = deps.now();
  dropExpired(nowDate.getTime());
  const stored = previews.get(input.previewId);
  if (!stored) throw new AppError('exchange.previewExpired');
  const now = nowDate.toISOString();

  const counts = await inTransaction(db, async (trx) => {
    const xdb = anyDb(trx);
    const schema = await storeSchema(trx);
    let plan = stored.plan;
    if ((await changeCounter(trx)) !== stored.changes) {
      // Checked and planned again inside the transaction: the store has changed since the preview.
      await checkReferences(xdb, stored.file);
      plan = await planImport(xdb, stored.file, schema);
    }
    const unresolved = plan.decisions.filter((d) => {
      if (d.decision.op !== 'conflict') return false;
      const choice = input.resolutions[conflictKey(d.entity, d.id)];
      return choice === undefined || (choice === 'theirs' && d.decision.onlyMine);
    });
    if (unresolved.length > 0) throw new AppError('exchange.unresolvedConflicts', { count: unresolved.length });

    const result = emptyExchangeCounts();
    const count = (d: Decision, key: keyof ExchangeCounts['companies']) => {
      result[schema.defs[d.entity].countKey][key] += 1;
    };
    const bases: Row[] = [];
    const agree = (d: Decision, revision: number) => {
      if (plan.localBases.get(conflictKey(d.entity, d.id)) !== revision) bases.push({ entity: d.entity, entity_id: d.id, revision });
    };
    const inserts = new Map<ExchangeEntity, Decision[]>(schema.order.map((e) => [e, []]));
    const updates = new Map<ExchangeEntity, Decision[]>(schema.order.map((e) => [e, []]));
    const deletes: Decision[] = [];

    for (const d of plan.decisions) {
      const op = d.decision;
      const theirRevision = (d.incoming?.['revision'] as number | undefined) ?? d.tombstone!.revision;
      if (op.op === 'conflict') {
        if (input.resolutions[conflictKey(d.entity, d.id)] === 'theirs') {
          if (op.theirs === 'delete') deletes.push(d);
          else if (d.local) updates.get(d.entity)!.push(d);
          else inserts.get(d.entity)!.push(d);
        } else {
          await keepMine(xdb, schema.defs[d.entity], d, theirRevision, now);
          if (d.local || d.localTombstone) agree(d, theirRevision);
          count(d, 'keptLocal');
        }
      } else if (op.op === 'insert') inserts.get(d.entity)!.push(d);
      else if (op.op === 'update') updates.get(d.entity)!.push(d);
      else if (op.op === 'delete') deletes.push(d);
      else if (op.op === 'unchanged') {
        count(d, 'unchanged');
        agree(d, theirRevision);
      } else count(d, 'keptLocal');
    }

    // A record whose tombstone here the file overrules comes back: its tombstone goes.
    const revived = [...inserts.values()].flat().filter((d) => d.localTombstone);
    for (const entity of schema.order) {
      const ids = revived.filter((d) => d.entity === entity).map((d) => d.id);
      await inChunks(ids, (c) => xdb.deleteFrom('tombstones').where('entity', '=', entity).where('entity_id', 'in', c).execute());
    }

    // Parents before children; a record whose parent stays away here (the advisor's choice) stays away too.
    const presentPeople = new Set<string>();
    for (const entity of schema.order) {
      const def = schema.defs[entity];
      let ins = inserts.get(entity)!;
      let upd = updates.get(entity)!;
      const parent = PARENT[entity];
      if (parent) {
        const here = await presentIds(xdb, parent.table, [...ins, ...upd].map((d) => d.incoming![parent.column] as string));
        const skip = (d: Decision) => {
          if (here.has(d.incoming![parent.column] as string)) return true;
          count(d, 'keptLocal');
          return false;
        };
        ins = ins.filter(skip);
        upd = upd.filter(skip);
      }
      await insertRows(xdb, def.table, ins.map((d) => d.incoming!));
      await updateRows(xdb, def.table, upd.map((d) => d.incoming!));
      if (entity === 'round') await writeRoundChildren(xdb, ins, upd, presentPeople);
      for (const d of ins) {
        count(d, 'new');
        agree(d, d.incoming!['revision'] as number);
      }
      for (const d of upd) {
        count(d, 'updated');
        agree(d, d.incoming!['revision'] as number);
      }
      if (entity === 'person') {
        // Rounds name people: the ones here now, for their children below.
        const wanted = stored.file.rounds.flatMap((r) => [...r.people.map((p) => p.personId), ...r.ratings.map((x) => x.personId)]);
        for (const id of await presentIds(xdb, 'people', wanted)) presentPeople.add(id);
      }
    }

    const DELETE_ORDER: ExchangeEntity[] = ['activity', 'plan', 'round', 'custom_competence', 'person', 'provider', 'company'];
    for (const entity of DELETE_ORDER) {
      for (const d of deletes.filter((x) => x.entity === entity)) {
        if (entity === 'company') {
          // The company's people leave tombstones; its rounds, plan, activities and competences go by cascade.
          const left = (await xdb.selectFrom('people').select(['id', 'revision']).where('company_id', '=', d.id).execute()) as Row[];
          await upsertKeyed(xdb, 'tombstones', left.map((p) => ({ entity: 'person', entity_id: p['id'], deleted_at: now, revision: (p['revision'] as number) + 1 })));
          result.people.deleted += left.length;
          await xdb.deleteFrom('people').where('company_id', '=', d.id).execute();
        }
        if (entity === 'provider') {
          const used = await xdb.selectFrom('activities').select('id').where('provider_id', '=', d.id).limit(1).execute();
          if (used.length > 0) {
            count(d, 'keptLocal');
            continue;
          }
        }
        await xdb.deleteFrom(schema.defs[entity].table).where('id', '=', d.id).execute();
        await upsertKeyed(xdb, 'tombstones', [tombstoneRow(d.tombstone!)]);
        count(d, 'deleted');
      }
    }

    await upsertKeyed(xdb, 'tombstones', plan.tombstonesToRecord.map(tombstoneRow));
    await upsertKeyed(xdb, 'exchange_base', bases);

    const settings = await getSettings(trx);
    await exchangeDb(trx)
      .insertInto('import_log')
      .values({
        id: uuidv7(),
        imported_at: now,
        advisor: settings.advisorName,
        office: settings.office,
        source_office: stored.file.office,
        source_advisor: stored.file.advisor,
        exported_at: stored.file.exportedAt,
        file_sha256: stored.sha256,
        counts: JSON.stringify(result),
      })
      .execute();
    return result;
  });
  previews.delete(input.previewId);
  return counts;
}

/** A round written from the file takes the file's children, all of them: they follow the round's revision. */
async function writeRoundChildren(db: AnyDb, inserted: Decision[], updated: Decision[], presentPeople: Set<string>): Promise<void> {
  const updatedIds = updated.map((d) => d.id);
  for (const key of ROUND_CHILD_KEYS) {
    const { table } = ROUND_CHILDREN[key];
    await inChunks(updatedIds, (c) => db.deleteFrom(table).where('round_id', 'in', c).execute());
    let rows = [...inserted, ...updated].flatMap((d) => d.children![key]);
    // A person deleted here (and kept deleted) takes their place in the round with them, as the cascade would.
    if (key === 'people' || key === 'ratings') rows = rows.filter((r) => presentPeople.has(r['person_id'] as string));
    await insertRows(db, table, rows);
  }
}

/**
 * Keep mine: the record here gets a revision above both sides', so that it wins the next exchange in either
 * direction instead of raising the same conflict again.
 */
async function keepMine(db: AnyDb, def: EntityDef, d: Decision, theirRevision: number, now: string): Promise<void> {
  if (d.local) {
    const revision = Math.max(d.local['revision'] as number, theirRevision) + 1;
    await db.updateTable(def.table).set({ revision, updated_at: now }).where('id', '=', d.id).execute();
  } else if (d.localTombstone) {
    const revision = Math.max(d.localTombstone.revision, theirRevision) + 1;
    await db.updateTable('tombstones').set({ revision }).where('entity', '=', d.entity).where('entity_id', '=', d.id).execute();
  }
}

export async function importLog(db: Kysely<Database>): Promise<ImportLogEntry[]> {
  const rows = await exchangeDb(db).selectFrom('import_log').selectAll().orderBy('imported_at', 'desc').orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    importedAt: r.imported_at,
    advisor: r.advisor,
    office: r.office,
    sourceOffice: r.source_office,
    sourceAdvisor: r.source_advisor,
    exportedAt: r.exported_at,
    fileSha256: r.file_sha256,
    // Entries from before format 2 have no rounds or plans.
    counts: { ...emptyExchangeCounts(), ...(JSON.parse(r.counts) as Partial<ExchangeCounts>) },
  }));
}

/** Tests only: forget every preview. */
export function clearPreviews(): void {
  previews.clear();
}

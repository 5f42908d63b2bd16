import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { ServiceDeps } from '../../store/transaction';
import { systemClock } from '../../store/transaction';
import { getSettings } from '../settings';
import type { ExchangeEntity, ExchangeExportResult } from '@shared/api/exchange';
import type { ParsedInputOf } from '@shared/api';
import { EXCHANGE_ENTITIES, EXCHANGE_FILE_EXTENSION } from '@shared/api/exchange';
import { recipientsOf } from '../offices/book';
import { sealFile } from '../offices/seal';
import type { ExchangeFile, TombstoneEntity } from './format';
import { FORMAT_NAME, FORMAT_VERSION, TOMBSTONE_ENTITIES } from './format';
import { toRecord } from '../../store/columns';
import { withReferences } from './closure';
import { withSessions } from './activitySessions';
import type { EntityTable, Row, RoundChildTable } from './rows';
import { ROUND_CHILD_KEYS, ROUND_CHILDREN, sortChildren, storeSchema } from './rows';

export const APP_VERSION = '0.1.0';

export interface ExchangeDeps extends ServiceDeps {
  /** age's scrypt cost (log2 N); tests lower it. The default is age's own (18). */
  scryptWorkFactor?: number;
}

const CHUNK = 500;

/** `Örebro kontor` -> `orebro-kontor`: a file name that survives every file system and mail client. */
export function slug(value: string | null): string {
  const s = (value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return s || 'export';
}

/** Rows of `table` whose `column` is one of `ids`, in chunks of 500, ordered by id within the result. */
async function rowsWhereIn(
  db: Kysely<Database>,
  table: EntityTable | RoundChildTable,
  column: 'id' | 'company_id' | 'plan_id' | 'round_id',
  ids: string[],
): Promise<Row[]> {
  const out: Row[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    out.push(
      ...(await db
        .selectFrom(table)
        .selectAll()
        .where(db.dynamic.ref(column), 'in', ids.slice(i, i + CHUNK))
        .execute()),
    );
  }
  return out.sort((a, b) => ((a['id'] as string) < (b['id'] as string) ? -1 : (a['id'] as string) > (b['id'] as string) ? 1 : 0));
}

function groupBy(rows: Row[], column: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r[column] as string;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Whether a record (or a tombstone) travels in a delta: see delta.ts. */
export type RecordFilter = (entity: TombstoneEntity, id: string, revision: number) => boolean;

/** The loaded rows by their entity. */
const LOADED = {
  companies: 'company',
  people: 'person',
  rounds: 'round',
  customs: 'custom_competence',
  plans: 'plan',
  activities: 'activity',
  providers: 'provider',
  contacts: 'contact',
  aid: 'aid',
} as const satisfies Record<string, TombstoneEntity>;

/** The loaded rows a delta keeps: those `include` accepts (all of them without a filter). */
function keepChanged(include: RecordFilter | undefined, loaded: Record<keyof typeof LOADED, Row[]>): Record<keyof typeof LOADED, Row[]> {
  if (!include) return loaded;
  const out = { ...loaded };
  for (const key of Object.keys(LOADED) as (keyof typeof LOADED)[]) {
    out[key] = loaded[key].filter((r) => include(LOADED[key], r['id'] as string, r['revision'] as number));
  }
  return out;
}

/**
 * The file's content, before packing and encryption (the bench and tests use it directly). With `include`, only the
 * records and tombstones it accepts travel (a delta); the companies asked for still decide which records are looked at.
 */
export async function buildExchangeFile(
  db: Kysely<Database>,
  companyIds: string[] | 'all',
  meta: { office: string | null; advisor: string | null; exportedAt: string },
  include?: RecordFilter,
): Promise<ExchangeFile> {
  const { defs } = await storeSchema(db);
  const all = companyIds === 'all';
  const companies = all
    ? await db.selectFrom('companies').selectAll().orderBy('id').execute()
    : await rowsWhereIn(db, 'companies', 'id', [...new Set(companyIds)]);
  const ids = companies.map((c) => c['id'] as string);
  const byCompany = (table: 'people' | 'rounds' | 'custom_competences' | 'plans' | 'contacts' | 'declared_aid'): Promise<Row[]> =>
    all ? db.selectFrom(table).selectAll().orderBy('id').execute() : rowsWhereIn(db, table, 'company_id', ids);
  const people = await byCompany('people');
  const rounds = await byCompany('rounds');
  const customs = await byCompany('custom_competences');
  const plans = await byCompany('plans');
  const contacts = await byCompany('contacts');
  const aid = await byCompany('declared_aid');
  const activities = all
    ? await db.selectFrom('activities').selectAll().orderBy('id').execute()
    : await rowsWhereIn(
        db,
        'activities',
        'plan_id',
        plans.map((p) => p['id'] as string),
      );
  const providerIds = [...new Set(activities.map((a) => a['provider_id'] as string | null).filter((v): v is string => v !== null))];
  const providers = await rowsWhereIn(db, 'providers', 'id', providerIds);
  const loaded = { companies, people, rounds, customs, plans, activities, providers, contacts, aid };
  const k = include ? withReferences(keepChanged(include, loaded), loaded) : loaded;

  const roundIds = k.rounds.map((r) => r['id'] as string);
  const children = new Map<string, Map<string, Row[]>>();
  for (const key of ROUND_CHILD_KEYS) {
    const { table } = ROUND_CHILDREN[key];
    const rows: Row[] =
      all && !include ? await db.selectFrom(table).selectAll().execute() : await rowsWhereIn(db, table, 'round_id', roundIds);
    children.set(key, groupBy(rows, 'round_id'));
  }
  const roundRecord = (r: Row) => {
    const record = toRecord(defs.round.columns, r);
    for (const key of ROUND_CHILD_KEYS) {
      const rows = sortChildren(key, children.get(key)!.get(r['id'] as string) ?? []);
      record[key] = rows.map((c) => toRecord(ROUND_CHILDREN[key].columns, c));
    }
    return record;
  };

  // Tombstones carry no personal data, only ids: all of them travel, so that every deletion reaches the other office.
  const tombstones = await db.selectFrom('tombstones').selectAll().orderBy('entity').orderBy('entity_id').execute();
  const bases = await db.selectFrom('exchange_base').selectAll().execute();
  const exported = new Map<string, Set<string>>([
    ['company', new Set(k.companies.map((p) => p['id'] as string))],
    ['person', new Set(k.people.map((p) => p['id'] as string))],
    ['round', new Set(roundIds)],
    ['custom_competence', new Set(k.customs.map((p) => p['id'] as string))],
    ['plan', new Set(k.plans.map((p) => p['id'] as string))],
    ['activity', new Set(k.activities.map((p) => p['id'] as string))],
    ['provider', new Set(k.providers.map((p) => p['id'] as string))],
    ['contact', new Set(k.contacts.map((p) => p['id'] as string))],
    ['aid', new Set(k.aid.map((p) => p['id'] as string))],
  ]);
  const base = Object.fromEntries(EXCHANGE_ENTITIES.map((e) => [e, {} as Record<string, number>])) as ExchangeFile['base'];
  for (const b of bases) {
    if (exported.get(b.entity)?.has(b.entity_id)) base[b.entity as ExchangeEntity][b.entity_id] = b.revision;
  }
  const known = new Set<string>(TOMBSTONE_ENTITIES);
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: meta.exportedAt,
    office: meta.office,
    advisor: meta.advisor,
    companies: k.companies.map((r) => toRecord(defs.company.columns, r)) as ExchangeFile['companies'],
    people: k.people.map((r) => toRecord(defs.person.columns, r)) as ExchangeFile['people'],
    rounds: k.rounds.map(roundRecord) as ExchangeFile['rounds'],
    customCompetences: k.customs.map((r) => toRecord(defs.custom_competence.columns, r)) as ExchangeFile['customCompetences'],
    plans: k.plans.map((r) => toRecord(defs.plan.columns, r)) as ExchangeFile['plans'],
    activities: (await withSessions(
      db,
      k.activities.map((r) => toRecord(defs.activity.columns, r)),
    )) as ExchangeFile['activities'],
    providers: k.providers.map((r) => toRecord(defs.provider.columns, r)) as ExchangeFile['providers'],
    contacts: k.contacts.map((r) => toRecord(defs.contact.columns, r)) as ExchangeFile['contacts'],
    aid: k.aid.map((r) => toRecord(defs.aid.columns, r)) as ExchangeFile['aid'],
    tombstones: tombstones
      .filter((t) => known.has(t.entity) && (!include || include(t.entity as TombstoneEntity, t.entity_id, t.revision)))
      .map((t) => ({ entity: t.entity as TombstoneEntity, entityId: t.entity_id, deletedAt: t.deleted_at, revision: t.revision })),
    base,
  };
}

export async function exportCompanies(
  db: Kysely<Database>,
  input: ParsedInputOf<'exchange.export'>,
  deps: ExchangeDeps = systemClock,
): Promise<ExchangeExportResult> {
  const settings = await getSettings(db);
  const now = deps.now();
  const office = input.office === undefined ? settings.office : input.office || null;
  const advisor = input.advisor === undefined ? settings.advisorName : input.advisor || null;
  const file = await buildExchangeFile(db, input.companyIds, { office, advisor, exportedAt: now.toISOString() });
  const to = input.officeIds ? { recipients: await recipientsOf(db, input.officeIds) } : { passphrase: input.passphrase! };
  const sealed = await sealFile(db, file, to, deps);
  const date = deps.today();
  return {
    fileName: `${slug(office)}-${date}${EXCHANGE_FILE_EXTENSION}`,
    base64: Buffer.from(sealed).toString('base64'),
    bytes: sealed.length,
    companies: file.companies.length,
    people: file.people.length,
    rounds: file.rounds.length,
    activities: file.activities.length,
  };
}

import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import type { Company, CompanyFields, CompanyListItem, CompanyListResult } from '@shared/api/companies';
import { AppError, validationError } from '@shared/api/errors';
import { COMPANY_STATUSES, sizeClass } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import { MUNICIPALITIES, municipalityCodesMatching, OTHER_MUNICIPALITY } from '@shared/domain/municipalities';
import { parseOrgNumber } from '@shared/domain/orgNumber';
import { sniSection } from '@shared/domain/sni';
import type { SniVersion } from '@shared/domain/sni';
import type { OwnerGender } from '@shared/domain/companyRules';
import { nullRecord, omitColumns, recordCodec } from '../../store/columns';
import type { SameKeys } from '../../store/columns';
import { TABLES } from '../../store/schema';
import type { CompanyRow, Database } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { assertNoDuplicateOrgNumber, companyRules, findDuplicateOrgNumber } from '../rules';
import { withStatusDate } from '@shared/domain/statusDate';
import { definedEntries, revised } from '../../store/revisions';
import { recordCompanyConsent } from '../consent/hooks';

export type { CompanyFields };

/** The columns behind the contract's editable fields: all but the id, the bookkeeping, the archive mark and the sort key. */
const FIELD_COLUMNS = omitColumns(TABLES.companies, ['id', 'sort_name', 'archived_at', 'created_at', 'updated_at', 'revision']);
const FIELDS = recordCodec(FIELD_COLUMNS);

/** A new company's fields: null where the column may be, and a default for each NOT NULL one but the name and number. */
const DEFAULTS: Omit<CompanyFields, 'name' | 'orgNumber'> = { ...nullRecord(FIELD_COLUMNS), sniVersion: '2007', status: 'prospect' };

/**
 * A sort and search key that orders Swedish names the Swedish way without a collation in SQLite:
 * lower case, å ä ö mapped to the three characters after z (so they sort after it, in that order),
 * other accents dropped. Applied to the query too, so a LIKE on it is case- and accent-insensitive.
 */
export function sortKey(value: string): string {
  return value
    .toLocaleLowerCase('sv')
    .replace(/æ/g, 'ä')
    .replace(/ø/g, 'ö')
    .replace(/ü/g, 'y')
    .replace(/[åäö]/g, (c) => (c === 'å' ? '{' : c === 'ä' ? '|' : '}'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

// ---------- rows <-> contract ----------

function fieldsOf(row: CompanyRow): SameKeys<CompanyFields, ReturnType<typeof FIELDS.decode>> {
  const f = FIELDS.decode(row);
  // Stored as text; every write checks them against the contract's enums.
  return {
    ...f,
    sniVersion: f.sniVersion as SniVersion,
    status: f.status as CompanyStatus,
    ownerGender: f.ownerGender as OwnerGender | null,
  };
}

function columnsOf(f: CompanyFields): Omit<CompanyRow, 'id' | 'archived_at' | 'created_at' | 'updated_at' | 'revision'> {
  return { ...FIELDS.encode(f), sort_name: sortKey(f.name) };
}

function orgKindOf(canonical: string) {
  const r = parseOrgNumber(canonical);
  return r.ok ? r.kind : 'legal';
}

export function toCompany(row: CompanyRow): Company {
  const f = fieldsOf(row);
  return {
    id: row.id,
    ...f,
    orgKind: orgKindOf(row.org_number),
    sniSection: f.sniCode === null ? null : (sniSection(f.sniCode, f.sniVersion) ?? null),
    sizeClass: f.employees === null ? null : sizeClass(f.employees),
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

// ---------- loading (the domain rules are in ../rules, shared with the exchange import) ----------

export async function loadRow(db: Kysely<Database>, id: string): Promise<CompanyRow> {
  const row = await db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('company.notFound', { id });
  return row;
}

// ---------- queries ----------

const MUNICIPALITY_RANK: ReadonlyMap<string, number> = new Map(
  [...MUNICIPALITIES].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((m, i) => [m.code, i]),
);
const STATUS_RANK: ReadonlyMap<string, number> = new Map(COMPANY_STATUSES.map((s, i) => [s, i]));

function rankCase(column: string, ranks: ReadonlyMap<string, number>, otherwise: number) {
  const whens = [...ranks].map(([k, r]) => sql`WHEN ${k} THEN ${sql.lit(r)}`);
  return sql<number>`CASE ${sql.ref(column)} ${sql.join(whens, sql` `)} ELSE ${sql.lit(otherwise)} END`;
}

function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type CompaniesEb = ExpressionBuilder<Database, 'companies'>;

function listFilter(input: ParsedInputOf<'companies.list'>) {
  return (eb: CompaniesEb): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [];
    if (!input.includeArchived) all.push(eb('companies.archived_at', 'is', null));
    if (input.statuses.length > 0) all.push(eb('companies.status', 'in', input.statuses));
    if (input.municipalityCode !== null) all.push(eb('companies.municipality_code', '=', input.municipalityCode));
    if (input.sizeClass === 'solo') all.push(eb('companies.employees', '<=', 0));
    if (input.sizeClass === 'micro') all.push(eb.between('companies.employees', 1, 9));
    if (input.sizeClass === 'small') all.push(eb('companies.employees', '>=', 10));
    const query = input.query.trim();
    if (query) {
      const any: Expression<SqlBool>[] = [
        sql<SqlBool>`companies.sort_name LIKE ${likeContains(sortKey(query))} ESCAPE '\\'`,
        sql<SqlBool>`companies.municipality_other LIKE ${likeContains(query)} ESCAPE '\\'`,
      ];
      if (/^[\d\s-]+$/.test(query)) {
        let digits = query.replace(/\D/g, '');
        // The 12-digit forms: 16 before a company's number, the century before a sole trader's personnummer.
        if (digits.length === 12 && /^(16|19|20)/.test(digits)) digits = digits.slice(2);
        if (digits) any.push(sql<SqlBool>`replace(companies.org_number, '-', '') LIKE ${likeContains(digits)}`);
      }
      const codes = municipalityCodesMatching(query);
      if (codes.length > 0) any.push(eb('companies.municipality_code', 'in', codes));
      all.push(eb.or(any));
    }
    return eb.and(all);
  };
}

export async function listCompanies(db: Kysely<Database>, input: ParsedInputOf<'companies.list'>): Promise<CompanyListResult> {
  const where = listFilter(input);
  const dir = input.direction === 'desc' ? sql.raw('DESC') : sql.raw('ASC');
  const municipalityRanks = new Map([...MUNICIPALITY_RANK, [OTHER_MUNICIPALITY, MUNICIPALITY_RANK.size]]);
  const municipalityRank = rankCase('companies.municipality_code', municipalityRanks, MUNICIPALITY_RANK.size + 1);
  const primary = {
    name: sql`companies.sort_name`,
    orgNumber: sql`companies.org_number`,
    municipality: sql`${municipalityRank} ${dir}, companies.municipality_other`,
    status: rankCase('companies.status', STATUS_RANK, STATUS_RANK.size),
    updatedAt: sql`companies.updated_at`,
  }[input.sort];

  const [rows, count] = await Promise.all([
    db
      .selectFrom('companies')
      .where(where)
      .select([
        'companies.id',
        'companies.name',
        'companies.org_number',
        'companies.municipality_code',
        'companies.municipality_other',
        'companies.employees',
        'companies.status',
        'companies.advisor',
        'companies.archived_at',
        'companies.updated_at',
        (eb) =>
          eb
            .selectFrom('people')
            .whereRef('people.company_id', '=', 'companies.id')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('people_count'),
      ])
      .orderBy(sql`${primary} ${dir}, companies.sort_name ${dir}, companies.id ${dir}`)
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    db
      .selectFrom('companies')
      .where(where)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);

  const items: CompanyListItem[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    orgNumber: r.org_number,
    orgKind: orgKindOf(r.org_number),
    municipalityCode: r.municipality_code,
    municipalityOther: r.municipality_other,
    sizeClass: r.employees === null ? null : sizeClass(r.employees),
    status: r.status as CompanyStatus,
    advisor: r.advisor,
    peopleCount: Number(r.people_count ?? 0),
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
  }));
  return { items, total: Number(count.n) };
}

export async function getCompany(db: Kysely<Database>, input: ParsedInputOf<'companies.get'>): Promise<Company> {
  return toCompany(await loadRow(db, input.id));
}

export async function checkOrgNumber(
  db: Kysely<Database>,
  input: ParsedInputOf<'companies.checkOrgNumber'>,
): Promise<{ duplicate: { id: string; name: string } | null; canonical: string }> {
  const org = parseOrgNumber(input.orgNumber);
  if (!org.ok) throw validationError([{ path: 'orgNumber', message: `orgNumber.${org.reason}` }]);
  return { duplicate: await findDuplicateOrgNumber(db, org.canonical, input.excludeId), canonical: org.canonical };
}

// ---------- writes ----------

export async function createCompany(
  db: Kysely<Database>,
  input: ParsedInputOf<'companies.create'>,
  deps: ServiceDeps = systemClock,
): Promise<Company> {
  const given = withStatusDate(null, { status: DEFAULTS.status, ...definedEntries(input) }, deps.today());
  const fields = companyRules({ ...DEFAULTS, ...given } as CompanyFields, deps.today());
  const now = deps.now().toISOString();
  const row: CompanyRow = {
    id: uuidv7(),
    ...columnsOf(fields),
    archived_at: null,
    created_at: now,
    updated_at: now,
    revision: 1,
  };
  return inTransaction(db, async (trx) => {
    await assertNoDuplicateOrgNumber(trx, fields.orgNumber, null);
    await trx.insertInto('companies').values(row).execute();
    await recordCompanyConsent(trx, row, deps);
    return toCompany(row);
  });
}

export async function updateCompany(
  db: Kysely<Database>,
  input: ParsedInputOf<'companies.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Company> {
  return inTransaction(db, async (trx) => {
    const current = await loadRow(trx, input.id);
    const stored = fieldsOf(current);
    const merged = companyRules({ ...stored, ...withStatusDate(stored, definedEntries(input.patch), deps.today()) }, deps.today(), stored);
    const columns = columnsOf(merged);
    const next = revised(current, columns, deps.now());
    if (!next) return toCompany(current);
    if (merged.orgNumber !== current.org_number) await assertNoDuplicateOrgNumber(trx, merged.orgNumber, input.id);
    await trx.updateTable('companies').set(next).where('id', '=', input.id).execute();
    await recordCompanyConsent(trx, next, deps);
    return toCompany(next);
  });
}

export async function archiveCompany(
  db: Kysely<Database>,
  input: ParsedInputOf<'companies.archive'>,
  deps: ServiceDeps = systemClock,
): Promise<Company> {
  return inTransaction(db, async (trx) => {
    const current = await loadRow(trx, input.id);
    if ((current.archived_at !== null) === input.archived) return toCompany(current);
    const now = deps.now().toISOString();
    const next: CompanyRow = {
      ...current,
      archived_at: input.archived ? now : null,
      updated_at: now,
      revision: current.revision + 1,
    };
    await trx
      .updateTable('companies')
      .set({ archived_at: next.archived_at, updated_at: next.updated_at, revision: next.revision })
      .where('id', '=', input.id)
      .execute();
    return toCompany(next);
  });
}

import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { AppError, validationError } from '@shared/api/errors';
import type { AidCurrency, DeclaredAid } from '@shared/api/aid';
import { omitColumns, recordCodec } from '../../store/columns';
import { TABLES } from '../../store/schema';
import type { Database, DeclaredAidTable } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { deleteLogged, insertLogged, latestFirst, updateLogged } from '../../store/companyLog';
import { definedEntries } from '../../store/revisions';
import { aidIssues } from '../rules';
import { assertCompany } from '../plans/plans';
import type { DeclaredAidFields } from '../rules';

/**
 * De minimis aid the company declares it received from others (issue 13): a record that travels between offices on
 * its own, with a tombstone when deleted. Every write checks the contract's shapes (in the router) and the aid rule
 * (../rules/aid.ts) in one transaction, so a refused write stores nothing.
 */

const FIELDS = recordCodec(omitColumns(TABLES.declared_aid, ['id', 'company_id', 'created_at', 'updated_at', 'revision']));

export function toDeclaredAid(row: DeclaredAidTable): DeclaredAid {
  const f = FIELDS.decode(row);
  return {
    id: row.id,
    companyId: row.company_id,
    ...f,
    // Stored as text; every write checks it against the contract's enum.
    currency: f.currency as AidCurrency,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

async function loadRow(db: Kysely<Database>, id: string): Promise<DeclaredAidTable> {
  const row = await db.selectFrom('declared_aid').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('aid.notFound', { id });
  return row;
}

function check(f: DeclaredAidFields, today: string): void {
  const issues = aidIssues(f, today);
  if (issues.length) throw validationError(issues);
}

/** A company's declared aid, latest first. */
export async function listDeclaredAid(db: Kysely<Database>, input: ParsedInputOf<'aid.list'>): Promise<DeclaredAid[]> {
  await assertCompany(db, input.companyId);
  return (await latestFirst(db, 'declared_aid', input.companyId)).map(toDeclaredAid);
}

export async function createDeclaredAid(
  db: Kysely<Database>,
  input: ParsedInputOf<'aid.create'>,
  deps: ServiceDeps = systemClock,
): Promise<DeclaredAid> {
  const { companyId, ...fields } = input;
  check(fields, deps.today());
  return inTransaction(db, async (trx) => {
    await assertCompany(trx, companyId);
    return toDeclaredAid(await insertLogged<DeclaredAidTable>(trx, 'declared_aid', companyId, FIELDS.encode(fields), deps.now()));
  });
}

export async function updateDeclaredAid(
  db: Kysely<Database>,
  input: ParsedInputOf<'aid.update'>,
  deps: ServiceDeps = systemClock,
): Promise<DeclaredAid> {
  return inTransaction(db, async (trx) => {
    const current = await loadRow(trx, input.id);
    const { id: _id, companyId: _c, createdAt: _ca, updatedAt: _ua, revision: _r, ...fields } = toDeclaredAid(current);
    const merged: DeclaredAidFields = { ...fields, ...(definedEntries(input.patch) as Partial<DeclaredAidFields>) };
    check(merged, deps.today());
    return toDeclaredAid(await updateLogged(trx, 'declared_aid', current, FIELDS.encode(merged), deps.now()));
  });
}

export async function deleteDeclaredAid(
  db: Kysely<Database>,
  input: ParsedInputOf<'aid.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => deleteLogged(trx, 'declared_aid', 'aid', await loadRow(trx, input.id), deps.now()));
}

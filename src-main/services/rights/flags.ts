import type { Kysely } from 'kysely';
import { AppError, validationError } from '@shared/api/errors';
import { datesInFuture } from '@shared/domain/dates';
import type { ReviewFlag, RightsLogEntry } from '@shared/api/rights';
import type { ConsentEvent } from '@shared/domain/consent';
import type { Database } from '../../store/schema';
import { inTransaction } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { recordConsentChange } from '../consent/consent';

/** The notes of a company that named an erased person and are not reviewed yet, oldest first. */
export async function reviewFlags(db: Kysely<Database>, input: { companyId: string }): Promise<ReviewFlag[]> {
  const rows = await db
    .selectFrom('review_flags')
    .selectAll()
    .where('company_id', '=', input.companyId)
    .where('reviewed_at', 'is', null)
    .orderBy('flagged_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    companyId: r.company_id,
    field: r.field,
    flaggedAt: r.flagged_at,
  }));
}

export async function markReviewed(db: Kysely<Database>, input: { id: string }, deps: ServiceDeps): Promise<{ reviewed: true }> {
  await db.updateTable('review_flags').set({ reviewed_at: deps.now().toISOString() }).where('id', '=', input.id).execute();
  return { reviewed: true };
}

/** The log of exports and erasures, newest first. */
export async function rightsLog(db: Kysely<Database>): Promise<RightsLogEntry[]> {
  const rows = await db.selectFrom('rights_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action as RightsLogEntry['action'],
    personId: r.person_id,
    companyId: r.company_id,
    detail: JSON.parse(r.detail) as RightsLogEntry['detail'],
  }));
}

/** A consent the register keeps no column for (participation), given or withdrawn on its own. */
export async function recordConsent(
  db: Kysely<Database>,
  input: { personId: string; kind: 'participation'; given: boolean; date?: string | null | undefined },
  deps: ServiceDeps,
): Promise<ConsentEvent | null> {
  return inTransaction(db, async (trx) => {
    const person = await trx.selectFrom('people').select(['id', 'company_id']).where('id', '=', input.personId).executeTakeFirst();
    if (!person) throw new AppError('person.notFound', { id: input.personId });
    const future = datesInFuture({ date: input.date }, deps.today());
    if (future.length) throw validationError(future);
    const advisor = await trx.selectFrom('settings').select('value').where('key', '=', 'advisorName').executeTakeFirst();
    const change = { companyId: person.company_id, personId: person.id, kind: input.kind, given: input.given, date: input.date ?? null };
    return recordConsentChange(trx, { ...change, by: advisor?.value ?? null }, deps);
  });
}

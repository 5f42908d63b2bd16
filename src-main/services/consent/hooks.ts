import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { ServiceDeps } from '../../store/transaction';
import { insertConsentEvent, lastGivenOfPerson, recordConsentChange } from './consent';
import type { ConsentChange } from './consent';

type PersonConsentColumns = Pick<
  Database['people'],
  'id' | 'company_id' | 'followup_consent' | 'followup_consent_at' | 'ratings_shared' | 'ratings_shared_at' | PassportConsentColumn
>;
/** Migration 0210 (issue 16): the person's consent to a competence passport, recorded like the others. */
type PassportConsentColumn = 'passport_consent' | 'passport_consent_at';
type CompanyConsentColumns = Pick<Database['companies'], 'id' | 'consent_by' | 'consent_at'>;

async function advisorName(trx: Kysely<Database>): Promise<string | null> {
  const row = await trx.selectFrom('settings').select('value').where('key', '=', 'advisorName').executeTakeFirst();
  return row?.value ?? null;
}

/**
 * After a person is written (the register, or an import with `by` naming the sending office): the follow-up and
 * rating-sharing consents as they now stand, recorded as events where they changed. Dated by the consent's own date
 * when given, today when withdrawn (the column loses its date with the consent).
 */
export async function recordPersonConsents(
  trx: Kysely<Database>,
  row: PersonConsentColumns,
  deps: ServiceDeps,
  by?: string | null,
): Promise<void> {
  const followup = Boolean(row.followup_consent);
  const shared = Boolean(row.ratings_shared);
  const passport = Boolean(row.passport_consent);
  const now: Array<Pick<ConsentChange, 'kind' | 'given' | 'date'>> = [
    { kind: 'followup', given: followup, date: followup ? row.followup_consent_at : null },
    { kind: 'ratingsShared', given: shared, date: shared ? row.ratings_shared_at : null },
    { kind: 'passport', given: passport, date: passport ? row.passport_consent_at : null },
  ];
  // One read for all kinds, and the advisor's name only when something changed: every person's write comes here.
  const last = await lastGivenOfPerson(trx, row.id);
  const changed = now.filter((c) => (last.get(c.kind) ?? false) !== c.given);
  if (changed.length === 0) return;
  const who = by === undefined ? await advisorName(trx) : by;
  for (const c of changed) await insertConsentEvent(trx, { ...c, companyId: row.company_id, personId: row.id, by: who }, deps);
}

/** After a company is written: its own consent (who gave it and when) as an event where it changed. */
export async function recordCompanyConsent(trx: Kysely<Database>, row: CompanyConsentColumns, deps: ServiceDeps): Promise<void> {
  const given = row.consent_by !== null && row.consent_at !== null;
  await recordConsentChange(
    trx,
    { companyId: row.id, personId: null, kind: 'company', given, date: given ? row.consent_at : null, by: row.consent_by },
    deps,
  );
}

/** After an import wrote people and companies: their consents as the file brought them, recorded by the sending office. */
export async function recordImportedConsents(
  trx: Kysely<Database>,
  written: readonly { entity: string; id: string }[],
  deps: ServiceDeps,
  sender: string | null,
): Promise<void> {
  const personIds = written.filter((d) => d.entity === 'person').map((d) => d.id);
  const companyIds = written.filter((d) => d.entity === 'company').map((d) => d.id);
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await trx
      .selectFrom('people')
      .selectAll()
      .where('id', 'in', personIds.slice(i, i + 500))
      .execute();
    for (const row of rows) await recordPersonConsents(trx, row, deps, sender);
  }
  for (let i = 0; i < companyIds.length; i += 500) {
    const rows = await trx
      .selectFrom('companies')
      .selectAll()
      .where('id', 'in', companyIds.slice(i, i + 500))
      .execute();
    for (const row of rows) await recordCompanyConsent(trx, row, deps);
  }
}

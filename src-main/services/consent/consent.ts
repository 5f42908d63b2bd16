import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { CONSENT_TEXT_VERSION } from '@shared/domain/consent';
import type { ConsentAction, ConsentEvent, ConsentKind } from '@shared/domain/consent';
import type { Database } from '../../store/schema';
import type { ServiceDeps } from '../../store/transaction';

type EventRow = Database['consent_events'];

export interface ConsentChange {
  companyId: string;
  personId: string | null;
  kind: ConsentKind;
  /** The consent's state after the write. */
  given: boolean;
  /** The day it was given or withdrawn; today when not known. */
  date?: string | null;
  by?: string | null;
  textVersion?: string;
}

export function toConsentEvent(row: EventRow): ConsentEvent {
  return {
    id: row.id,
    companyId: row.company_id,
    personId: row.person_id,
    kind: row.kind as ConsentKind,
    action: row.action as ConsentAction,
    date: row.date,
    by: row.by,
    textVersion: row.text_version,
    createdAt: row.created_at,
  };
}

/** The last recorded state of one consent: given or not (nothing recorded is not given). */
async function lastGiven(trx: Kysely<Database>, c: Pick<ConsentChange, 'companyId' | 'personId' | 'kind'>): Promise<boolean> {
  let q = trx.selectFrom('consent_events').select('action').where('kind', '=', c.kind);
  q = c.personId === null ? q.where('company_id', '=', c.companyId).where('person_id', 'is', null) : q.where('person_id', '=', c.personId);
  const last = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last?.action === 'given';
}

/** The last recorded state of each of a person's consents, in one read (a kind with nothing recorded is absent). */
export async function lastGivenOfPerson(trx: Kysely<Database>, personId: string): Promise<Map<ConsentKind, boolean>> {
  const rows = await trx
    .selectFrom('consent_events')
    .select(['kind', 'action'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const out = new Map<ConsentKind, boolean>();
  for (const r of rows) if (!out.has(r.kind as ConsentKind)) out.set(r.kind as ConsentKind, r.action === 'given');
  return out;
}

/** Writes one consent event, as `recordConsentChange` decides (or a caller that already knows the last state). */
export async function insertConsentEvent(trx: Kysely<Database>, change: ConsentChange, deps: ServiceDeps): Promise<ConsentEvent> {
  const row: EventRow = {
    id: uuidv7(),
    company_id: change.companyId,
    person_id: change.personId,
    kind: change.kind,
    action: change.given ? 'given' : 'withdrawn',
    date: change.date ?? deps.today(),
    by: change.by ?? null,
    text_version: change.textVersion ?? CONSENT_TEXT_VERSION[change.kind],
    created_at: deps.now().toISOString(),
  };
  await trx.insertInto('consent_events').values(row).execute();
  return toConsentEvent(row);
}

/**
 * Records a consent given or withdrawn, when `given` differs from the last recorded state: every write of a consent
 * column calls it with the column's new value, inside its own transaction, so the history and the column move together.
 */
export async function recordConsentChange(trx: Kysely<Database>, change: ConsentChange, deps: ServiceDeps): Promise<ConsentEvent | null> {
  if ((await lastGiven(trx, change)) === change.given) return null;
  return insertConsentEvent(trx, change, deps);
}

/** A person's consent history, or a company's own (kind `company`), newest first. */
export async function consentHistory(db: Kysely<Database>, of: { personId: string } | { companyId: string }): Promise<ConsentEvent[]> {
  let q = db.selectFrom('consent_events').selectAll();
  q = 'personId' in of ? q.where('person_id', '=', of.personId) : q.where('company_id', '=', of.companyId).where('person_id', 'is', null);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toConsentEvent);
}

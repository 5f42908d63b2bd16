import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { Office } from '@shared/api/offices';
import { officeFingerprint } from '@shared/domain/office';
import type { Database, OfficesTable } from '../../store/schema';
import type { ServiceDeps } from '../../store/transaction';
import { inTransaction } from '../../store/transaction';
import { ownIdentity } from './identity';

/** The address book of other offices: the cards they gave, and the day each fingerprint was read with them. */

const office = (r: OfficesTable): Office => ({
  id: r.id,
  name: r.name,
  recipient: r.recipient,
  signingKey: r.signing_key,
  fingerprint: r.fingerprint,
  verifiedAt: r.verified_at,
  createdAt: r.created_at,
});

export async function listOffices(db: Kysely<Database>): Promise<Office[]> {
  const rows = await db.selectFrom('offices').selectAll().execute();
  return rows.map(office).sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
}

async function getOffice(db: Kysely<Database>, id: string): Promise<Office> {
  const row = await db.selectFrom('offices').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('offices.notFound');
  return office(row);
}

export async function addOffice(db: Kysely<Database>, input: ParsedInputOf<'offices.add'>, deps: ServiceDeps): Promise<Office> {
  const { card } = input;
  const own = await ownIdentity(db, deps);
  if (card.recipient === own.recipient || card.signingKey === own.signing_key) throw new AppError('offices.ownCard');
  return inTransaction(db, async (trx) => {
    const known = await trx
      .selectFrom('offices')
      .select('name')
      .where((eb) => eb.or([eb('recipient', '=', card.recipient), eb('signing_key', '=', card.signingKey)]))
      .executeTakeFirst();
    if (known) throw new AppError('offices.alreadyKnown', { name: known.name });
    const now = deps.now().toISOString();
    const id = uuidv7();
    await trx
      .insertInto('offices')
      .values({
        id,
        name: input.name || card.name,
        recipient: card.recipient,
        signing_key: card.signingKey,
        fingerprint: officeFingerprint(card.recipient, card.signingKey),
        verified_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return getOffice(trx, id);
  });
}

async function updateOffice(db: Kysely<Database>, id: string, set: Partial<OfficesTable>, deps: ServiceDeps): Promise<Office> {
  const r = await db
    .updateTable('offices')
    .set({ ...set, updated_at: deps.now().toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (r.numUpdatedRows === 0n) throw new AppError('offices.notFound');
  return getOffice(db, id);
}

/** Today (the Swedish calendar date of the injected clock) is the day the fingerprints were read to each other. */
export function verifyOffice(db: Kysely<Database>, input: ParsedInputOf<'offices.verify'>, deps: ServiceDeps): Promise<Office> {
  return updateOffice(db, input.id, { verified_at: deps.today() }, deps);
}

export function renameOffice(db: Kysely<Database>, input: ParsedInputOf<'offices.rename'>, deps: ServiceDeps): Promise<Office> {
  return updateOffice(db, input.id, { name: input.name }, deps);
}

export async function removeOffice(db: Kysely<Database>, input: ParsedInputOf<'offices.remove'>): Promise<Office[]> {
  const r = await db.deleteFrom('offices').where('id', '=', input.id).executeTakeFirst();
  if (r.numDeletedRows === 0n) throw new AppError('offices.notFound');
  return listOffices(db);
}

/** The age recipients of address-book offices, in the order given; an unknown id is refused. */
export async function recipientsOf(db: Kysely<Database>, officeIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(officeIds)];
  const rows = await db.selectFrom('offices').select(['id', 'recipient']).where('id', 'in', ids).execute();
  if (rows.length !== ids.length) throw new AppError('offices.notFound');
  const byId = new Map(rows.map((r) => [r.id, r.recipient]));
  return ids.map((id) => byId.get(id)!);
}

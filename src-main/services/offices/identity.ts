import type { Kysely } from 'kysely';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { OwnOffice } from '@shared/api/offices';
import { formatOfficeCard, officeFingerprint } from '@shared/domain/office';
import type { Database, OfficeIdentityTable } from '../../store/schema';
import type { ServiceDeps } from '../../store/transaction';
import { inTransaction } from '../../store/transaction';
import { getSettings } from '../settings';
import { newSigningKeyPair } from './signature';

/** The office's own keys: one row, created on first use, kept only in the encrypted store. */

/** The name on the card when Settings names no office yet. */
export const UNNAMED_OFFICE = 'Växtkraft';

export type OwnIdentity = Pick<OfficeIdentityTable, 'age_identity' | 'recipient' | 'signing_private' | 'signing_key'>;

export async function newIdentity(): Promise<OwnIdentity> {
  const ageIdentity = await generateX25519Identity();
  const { signingPrivate, signingKey } = newSigningKeyPair();
  const recipient = await identityToRecipient(ageIdentity);
  return { age_identity: ageIdentity, recipient, signing_private: signingPrivate, signing_key: signingKey };
}

/** This office's identity if it has one yet (reading never creates it: a refused import must store nothing). */
export async function existingIdentity(db: Kysely<Database>): Promise<OwnIdentity | undefined> {
  return db.selectFrom('office_identity').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** This office's identity, created (once: a second caller keeps the first one's) when there is none yet. */
export async function ownIdentity(db: Kysely<Database>, deps: ServiceDeps): Promise<OwnIdentity> {
  const existing = await existingIdentity(db);
  if (existing) return existing;
  const fresh = await newIdentity();
  return inTransaction(db, async (trx) => {
    await trx
      .insertInto('office_identity')
      .values({ id: 1, ...fresh, created_at: deps.now().toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return trx.selectFrom('office_identity').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  });
}

/** The name this office gives itself: the office in Settings. */
export async function ownName(db: Kysely<Database>): Promise<string> {
  return (await getSettings(db)).office ?? UNNAMED_OFFICE;
}

export function publicOffice(name: string, identity: Pick<OwnIdentity, 'recipient' | 'signing_key'>): OwnOffice {
  const card = { name, recipient: identity.recipient, signingKey: identity.signing_key };
  return { ...card, fingerprint: officeFingerprint(card.recipient, card.signingKey), card: formatOfficeCard(card) };
}

/** This office as others see it: its name, public keys, fingerprint and card. */
export async function ownOffice(db: Kysely<Database>, deps: ServiceDeps): Promise<OwnOffice> {
  return publicOffice(await ownName(db), await ownIdentity(db, deps));
}

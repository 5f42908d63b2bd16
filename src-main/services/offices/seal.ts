import type { Kysely } from 'kysely';
import type { FileSender } from '@shared/api/offices';
import { officeFingerprint } from '@shared/domain/office';
import type { Database } from '../../store/schema';
import type { ServiceDeps } from '../../store/transaction';
import { systemClock } from '../../store/transaction';
import { encryptFor, pack } from '../exchange/crypto';
import type { ExchangeFile } from '../exchange/format';
import type { ReadLimits, ReadResult } from '../exchange/read';
import { DEFAULT_READ_LIMITS, readExchangeFile } from '../exchange/read';
import { existingIdentity, newIdentity, ownIdentity, ownName } from './identity';
import { signedJson } from './signature';

/** Every exchange file leaves through `sealFile` and comes in through `openFile` (agreed with the delta helper). */

export interface SealDeps extends ServiceDeps {
  /** age's scrypt cost (log2 N) for passphrase files; tests lower it. */
  scryptWorkFactor?: number;
}

export type SealTarget = { recipients: string[] } | { passphrase: string };

/** Fills `file.sender` with this office, signs the file, packs and encrypts it for the offices or the passphrase. */
export async function sealFile(db: Kysely<Database>, file: ExchangeFile, to: SealTarget, deps: SealDeps): Promise<Uint8Array> {
  const identity = await ownIdentity(db, deps);
  const sender = {
    name: await ownName(db),
    recipient: identity.recipient,
    signingKey: identity.signing_key,
    fingerprint: officeFingerprint(identity.recipient, identity.signing_key),
  };
  file.sender = sender;
  const json = signedJson(file, identity.signing_private);
  return encryptFor(pack(json), to, deps.scryptWorkFactor);
}

export interface OpenedFile extends Omit<ReadResult, 'signature'> {
  sender: FileSender;
}

/** Who sent the file, checked against the address book: the fingerprint is computed here, never taken from the file. */
export async function senderOf(db: Kysely<Database>, read: ReadResult): Promise<FileSender> {
  const named = read.file.sender;
  if (!named) return { name: read.file.office ?? '', fingerprint: '', officeId: null, signature: read.signature };
  const known = await db
    .selectFrom('offices')
    .select('id')
    .where('recipient', '=', named.recipient)
    .where('signing_key', '=', named.signingKey)
    .executeTakeFirst();
  return {
    name: named.name,
    fingerprint: officeFingerprint(named.recipient, named.signingKey),
    officeId: known?.id ?? null,
    signature: read.signature,
  };
}

/**
 * The same as openFile, for the base64 the hosts carry. `_deps` stays in the signature for its callers (preview, the
 * inbox): opening never writes, not even the office key, so it needs no clock.
 */
export async function openBase64(
  db: Kysely<Database>,
  base64: string,
  passphrase: string | undefined,
  _deps: ServiceDeps,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<OpenedFile> {
  // An office without keys yet has been sent nothing: a key made for the occasion (and forgotten) says so.
  const identity = (await existingIdentity(db)) ?? (await newIdentity());
  const read = await readExchangeFile(base64, { passphrase, identity: identity.age_identity }, limits);
  return { file: read.file, sha256: read.sha256, sender: await senderOf(db, read) };
}

/**
 * Decrypts with the passphrase (a passphrase file) or this office's identity (a file sent to this office), checks
 * the content and the signature, and names the sender.
 */
export async function openFile(
  db: Kysely<Database>,
  bytes: Uint8Array,
  passphrase?: string,
  deps: ServiceDeps = systemClock,
): Promise<OpenedFile> {
  return openBase64(db, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), passphrase, deps);
}

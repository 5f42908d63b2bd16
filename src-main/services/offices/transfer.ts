import type { Kysely } from 'kysely';
import { identityToRecipient } from 'age-encryption';
import type { ParsedInputOf } from '@shared/api';
import { AppError } from '@shared/api/errors';
import type { IdentityExport, OwnOffice } from '@shared/api/offices';
import { IDENTITY_FILE_EXTENSION } from '@shared/api/offices';
import type { Database } from '../../store/schema';
import { inTransaction } from '../../store/transaction';
import { decrypt, encrypt } from '../exchange/crypto';
import { slug } from '../exchange/export';
import { ownIdentity, ownName, publicOffice } from './identity';
import type { OwnIdentity } from './identity';
import type { SealDeps } from './seal';
import { publicKeyOf } from './signature';

/**
 * The office's identity on its way to another laptop: an age file protected with a passphrase whose plaintext is a
 * standard age identity file. Comment lines name the office and carry the signing keys; the AGE-SECRET-KEY line is
 * what `age -d -i identity.txt` needs to open files sent to this office (the README's recovery section).
 */

const AGE_SECRET = /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/;
const COMMENT = /^# ([a-z-]+): (.*)$/;

export function identityText(name: string, identity: OwnIdentity, createdAt: string): string {
  return [
    `# Växtkraft office key: ${name.replace(/[\r\n]+/g, ' ')}`,
    `# created: ${createdAt}`,
    `# recipient: ${identity.recipient}`,
    `# signing-key: ${identity.signing_key}`,
    `# signing-private: ${identity.signing_private}`,
    identity.age_identity,
    '',
  ].join('\n');
}

export async function exportIdentity(
  db: Kysely<Database>,
  input: ParsedInputOf<'offices.exportIdentity'>,
  deps: SealDeps,
): Promise<IdentityExport> {
  const identity = await ownIdentity(db, deps);
  const name = await ownName(db);
  const text = identityText(name, identity, deps.now().toISOString());
  const sealed = await encrypt(Buffer.from(text, 'utf8'), input.passphrase, deps.scryptWorkFactor);
  return { fileName: `${slug(name)}-office-key-${deps.today()}${IDENTITY_FILE_EXTENSION}`, base64: Buffer.from(sealed).toString('base64') };
}

/** The keys an identity file holds, each checked against the others; anything else is `offices.identityInvalid`. */
export async function parseIdentityText(text: string): Promise<OwnIdentity> {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const secret = lines.find((l) => AGE_SECRET.test(l));
  const comments = new Map(lines.flatMap((l) => (COMMENT.exec(l) ? [[COMMENT.exec(l)![1]!, COMMENT.exec(l)![2]!] as const] : [])));
  const signingPrivate = comments.get('signing-private');
  if (!secret || !signingPrivate) throw new AppError('offices.identityInvalid');
  let recipient: string;
  let signingKey: string;
  try {
    recipient = await identityToRecipient(secret);
    signingKey = publicKeyOf(signingPrivate);
  } catch {
    throw new AppError('offices.identityInvalid');
  }
  const claimed = comments.get('signing-key');
  if ((claimed !== undefined && claimed !== signingKey) || (comments.has('recipient') && comments.get('recipient') !== recipient)) {
    throw new AppError('offices.identityInvalid');
  }
  return { age_identity: secret, recipient, signing_private: signingPrivate, signing_key: signingKey };
}

async function openIdentityFile(base64: string, passphrase: string): Promise<string> {
  try {
    return Buffer.from(await decrypt(Buffer.from(base64, 'base64'), { passphrase })).toString('utf8');
  } catch (e) {
    if (e instanceof AppError && e.code === 'exchange.wrongPassphrase') throw new AppError('offices.identityWrongPassphrase');
    if (e instanceof AppError && e.code === 'exchange.workFactorTooHigh') throw e;
    throw new AppError('offices.identityInvalid');
  }
}

/** Replaces this office's identity with the imported one (after the typed confirmation the contract checks). */
export async function importIdentity(
  db: Kysely<Database>,
  input: ParsedInputOf<'offices.importIdentity'>,
  deps: SealDeps,
): Promise<OwnOffice> {
  const identity = await parseIdentityText(await openIdentityFile(input.base64, input.passphrase));
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('office_identity').execute();
    await trx
      .insertInto('office_identity')
      .values({ id: 1, ...identity, created_at: deps.now().toISOString() })
      .execute();
  });
  return publicOffice(await ownName(db), identity);
}

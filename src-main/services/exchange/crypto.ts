import zlib from 'node:zlib';
import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '@shared/api/errors';
import { checkHeader, headerStanzas } from './ageHeader';

const MAGIC = Buffer.from('age-encryption.org/v1\n', 'latin1');
const MAC_LINE = Buffer.from('\n--- ', 'latin1');
const NONCE_BYTES = 16;
/** age's STREAM: 64 KiB of plaintext per chunk plus a 16-byte tag. */
const CHUNK = 64 * 1024;
const TAG_BYTES = 16;
const SEALED_CHUNK = CHUNK + TAG_BYTES;

/** Unpacked content larger than this is a decompression bomb, not an export. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/**
 * An empty gzip member whose comment field fills `size` bytes (at least 21). gzip readers, `gunzip` and
 * Node's zlib alike, read concatenated members as one stream, so the padding adds no content.
 */
function paddingMember(size: number): Buffer {
  const comment = size - 21;
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x10, 0, 0, 0, 0, 0x00, 0xff]);
  const tail = Buffer.from([0x00, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([header, Buffer.alloc(comment, 0x70), tail]);
}

/**
 * gzip, padded to whole 64 KiB chunks. Every exported file then has a payload of whole sealed chunks, so a file
 * that was cut short is told apart from one that was changed before any decryption: age's authentication
 * alone cannot tell the two apart.
 */
export function pack(json: string): Buffer {
  const gz = zlib.gzipSync(Buffer.from(json, 'utf8'), { level: 6 });
  let pad = (CHUNK - (gz.length % CHUNK)) % CHUNK;
  if (pad > 0 && pad < 21) pad += CHUNK;
  return pad === 0 ? gz : Buffer.concat([gz, paddingMember(pad)]);
}

export function unpack(data: Uint8Array, limit = MAX_UNPACKED_BYTES): string {
  let out: Buffer;
  try {
    out = zlib.gunzipSync(data, { maxOutputLength: limit });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError('exchange.decompressionBomb', { limitMb: Math.round(limit / (1024 * 1024)) });
    }
    throw new AppError('exchange.invalidContent', { path: '(gzip)' });
  }
  return out.toString('utf8');
}

export async function encrypt(plain: Uint8Array, passphrase: string, scryptWorkFactor?: number): Promise<Uint8Array> {
  const e = new Encrypter();
  if (scryptWorkFactor !== undefined) e.setScryptWorkFactor(scryptWorkFactor);
  e.setPassphrase(passphrase);
  return e.encrypt(plain);
}

/** Where the header ends (after its MAC line), or -1 when the file stops inside the header. */
function headerEnd(file: Buffer): number {
  const mac = file.indexOf(MAC_LINE);
  if (mac < 0) return -1;
  const eol = file.indexOf(0x0a, mac + MAC_LINE.length);
  return eol < 0 ? -1 : eol + 1;
}

/**
 * Whether an age payload (after the nonce) can have this length: whole sealed chunks, or a last chunk holding at
 * least one byte besides its tag. A bare tag is only the payload of an empty file, which no export is.
 */
function possiblePayload(payload: number): boolean {
  const rest = payload % SEALED_CHUNK;
  return payload > TAG_BYTES && (rest === 0 || rest > TAG_BYTES);
}

/**
 * What may open a file: a passphrase (a passphrase file), this office's age identity (a file sent to this office),
 * or both. A plain string is a passphrase.
 */
export interface DecryptKeys {
  passphrase?: string;
  identity?: string;
}

/** Each failure its own code: the advisor's next step differs (retype, ask again, update the app). */
export async function decrypt(bytes: Uint8Array, keys: string | DecryptKeys): Promise<Uint8Array> {
  const { passphrase, identity } = typeof keys === 'string' ? { passphrase: keys, identity: undefined } : keys;
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const prefix = file.subarray(0, MAGIC.length);
  if (!MAGIC.subarray(0, prefix.length).equals(prefix) || file.length === 0) throw new AppError('exchange.notAge');
  if (file.length < MAGIC.length) throw new AppError('exchange.truncated');
  const end = headerEnd(file);
  if (end < 0) throw new AppError('exchange.truncated');
  // Before the payload's shape and before any scrypt run: what the header asks for.
  const scrypt = checkHeader(headerStanzas(file, end), { passphrase: passphrase !== undefined, identity: identity !== undefined });
  const payload = file.length - end - NONCE_BYTES;
  if (!possiblePayload(payload)) throw new AppError('exchange.truncated');
  // The app pads to whole chunks; a file made by plain `age -p` is not padded, and is read all the same.
  const whole = payload % SEALED_CHUNK === 0;

  const d = new Decrypter();
  if (scrypt) d.addPassphrase(passphrase!);
  else d.addIdentity(identity!);
  try {
    return await d.decrypt(file);
  } catch (e) {
    // Only one scrypt run per attempt: it is the slow, deliberate part. No stanza opened with this
    // passphrase is a wrong passphrase (with the office's identity: a file for another office); any other failure
    // (header MAC, a payload chunk) is a changed file, or, when the payload is not whole chunks, more likely one cut
    // short (age alone cannot tell the two apart).
    const message = e instanceof Error ? e.message : '';
    if (message.includes('no identity matched')) throw new AppError(scrypt ? 'exchange.wrongPassphrase' : 'exchange.notForThisOffice');
    throw new AppError(whole ? 'exchange.tampered' : 'exchange.truncated');
  }
}

/** The same packing for passphrase and office files: `to` names a passphrase or one or more age recipients. */
export async function encryptFor(
  plain: Uint8Array,
  to: { passphrase: string } | { recipients: readonly string[] },
  scryptWorkFactor?: number,
): Promise<Uint8Array> {
  if ('passphrase' in to) return encrypt(plain, to.passphrase, scryptWorkFactor);
  const e = new Encrypter();
  for (const r of to.recipients) e.addRecipient(r);
  return e.encrypt(plain);
}

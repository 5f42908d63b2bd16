import { sha256 } from './officeSha256';

/**
 * Office keys (issue 12), the pure part: an office's fingerprint, and its public card, the one line an advisor
 * gives another office (by mail, chat or a shared document) so that it can send files only this office opens:
 *
 *   VAXTKRAFT-OFFICE-1 age1… <signing key> <office name>
 *
 * The recipient is an age X25519 recipient (bech32, its checksum checked so that a damaged copy is caught), the
 * signing key the raw 32-byte Ed25519 public key in base64, and the name the rest of the line. Line breaks and
 * runs of spaces (a mail client's wrapping) count as one space.
 */

export const OFFICE_CARD_PREFIX = 'VAXTKRAFT-OFFICE-1';
export const OFFICE_NAME_MAX = 200;

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** 32 bytes in base64: 43 characters (the last holding 2 bits) and one `=`. */
const SIGNING_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;
/** An age X25519 recipient: `age1`, 52 data characters (32 bytes) and a 6-character checksum. */
const RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;

function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk;
}

/** Whether `value` is a well-formed age X25519 recipient with a matching bech32 checksum. */
export function isAgeRecipient(value: string): boolean {
  if (!RECIPIENT.test(value)) return false;
  const hrp = 'age';
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const data = [...value.slice(4)].map((c) => BECH32.indexOf(c));
  return polymod([...expanded, ...data]) === 1;
}

export function isSigningKey(value: string): boolean {
  return SIGNING_KEY.test(value);
}

/**
 * SHA-256 over `recipient + "\n" + signingKey`, its first 80 bits in base32 as four groups of four characters
 * (`ABCD EFGH JKLM NP23`): short enough to read to another office over the phone.
 */
export function officeFingerprint(recipient: string, signingKey: string): string {
  const digest = sha256(new TextEncoder().encode(`${recipient}\n${signingKey}`));
  let bits = '';
  for (const byte of digest.subarray(0, 10)) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < 80; i += 5) out += BASE32[parseInt(bits.slice(i, i + 5), 2)];
  return out.match(/.{4}/g)!.join(' ');
}

export interface OfficeCard {
  name: string;
  recipient: string;
  signingKey: string;
}

export function formatOfficeCard(card: OfficeCard): string {
  return `${OFFICE_CARD_PREFIX} ${card.recipient} ${card.signingKey} ${card.name}`;
}

export type OfficeCardProblem = 'format' | 'recipient' | 'signingKey' | 'name';

/** The card's parts, or what is wrong with it (one problem, the first met). */
export function parseOfficeCard(text: string): { ok: true; card: OfficeCard } | { ok: false; problem: OfficeCardProblem } {
  const [prefix, recipient = '', signingKey = '', ...rest] = text.trim().split(/\s+/);
  if (prefix !== OFFICE_CARD_PREFIX) return { ok: false, problem: 'format' };
  if (!isAgeRecipient(recipient)) return { ok: false, problem: 'recipient' };
  if (!isSigningKey(signingKey)) return { ok: false, problem: 'signingKey' };
  const name = rest.join(' ');
  if (name.length === 0 || name.length > OFFICE_NAME_MAX) return { ok: false, problem: 'name' };
  return { ok: true, card: { name, recipient, signingKey } };
}

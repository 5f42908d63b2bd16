import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { formatOfficeCard, isAgeRecipient, officeFingerprint, parseOfficeCard } from '@shared/domain/office';
import { sha256 } from '@shared/domain/officeSha256';

const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const SIGNING = Buffer.alloc(32, 7).toString('base64');

/** RFC 4648 base32 of the first 10 bytes, grouped: the fingerprint computed another way. */
function reference(recipient: string, signingKey: string): string {
  const digest = crypto.createHash('sha256').update(`${recipient}\n${signingKey}`, 'utf8').digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let value = BigInt(`0x${digest.subarray(0, 10).toString('hex')}`);
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = alphabet[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out.match(/.{4}/g)!.join(' ');
}

describe('office keys, the pure part', () => {
  it('hashes like node:crypto, across block boundaries', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 200]) {
      const data = crypto.randomBytes(n);
      expect(Buffer.from(sha256(data)).toString('hex')).toBe(crypto.createHash('sha256').update(data).digest('hex'));
    }
  });

  it('gives a fingerprint of four groups of four base32 characters, over recipient and signing key', () => {
    const f = officeFingerprint(RECIPIENT, SIGNING);
    expect(f).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4}){3}$/);
    expect(f).toBe(reference(RECIPIENT, SIGNING));
    expect(officeFingerprint(RECIPIENT, Buffer.alloc(32, 8).toString('base64'))).not.toBe(f);
  });

  it('reads back the card it writes, whatever the wrapping, and says what is wrong with a damaged one', () => {
    const card = { name: 'Örebro kontor', recipient: RECIPIENT, signingKey: SIGNING };
    const text = formatOfficeCard(card);
    expect(parseOfficeCard(text)).toEqual({ ok: true, card });
    expect(parseOfficeCard(`\n  ${text.replace(/ /g, '\n  ')}\n`)).toEqual({ ok: true, card });
    expect(isAgeRecipient(RECIPIENT)).toBe(true);
    // One character changed: bech32's checksum catches it.
    const typo = RECIPIENT.slice(0, 20) + (RECIPIENT[20] === 'q' ? 'p' : 'q') + RECIPIENT.slice(21);
    expect(parseOfficeCard(text.replace(RECIPIENT, typo))).toEqual({ ok: false, problem: 'recipient' });
    expect(parseOfficeCard(text.replace(SIGNING, SIGNING.slice(1)))).toEqual({ ok: false, problem: 'signingKey' });
    expect(parseOfficeCard(text.replace(' Örebro kontor', ''))).toEqual({ ok: false, problem: 'name' });
    expect(parseOfficeCard(text.slice(3))).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses a damaged card at its field in the contract', () => {
    const text = formatOfficeCard({ name: 'Örebro kontor', recipient: RECIPIENT, signingKey: SIGNING });
    const r = api['offices.add'].input.safeParse({ card: text.replace('age1ql', 'age1qq') });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['card', 'officeCard.recipient']]);
    expect(api['offices.add'].input.parse({ card: text }).card.name).toBe('Örebro kontor');
  });
});

describe('signed files', () => {
  it('splices the signature in as JSON.stringify would, and verifies it after a parse', async () => {
    const { newSigningKeyPair, signatureOf, signedJson } = await import('../../src-main/services/offices/signature');
    const { signingPrivate, signingKey } = newSigningKeyPair();
    const file = { format: 'x', list: [1, 'två', { ä: null }], sender: { signingKey }, signature: 'old' };
    const text = signedJson(file, signingPrivate);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(text).toBe(JSON.stringify(parsed));
    expect(Object.keys(parsed).at(-1)).toBe('signature');
    expect(signatureOf(parsed)).toBe('valid');
    expect(signatureOf({ ...parsed, format: 'y' })).toBe('invalid');
    expect(signatureOf({ format: 'x' })).toBe('unsigned');
    expect(JSON.parse(signedJson({}, signingPrivate))).toEqual({ signature: expect.any(String) });
  });
});

describe('replacing the office key', () => {
  it('accepts the phrase each language asks for, and nothing else', async () => {
    const { REPLACE_IDENTITY_PHRASES } = await import('@shared/api/offices');
    const { en, sv } = await import('@shared/i18n');
    expect([sv.offices.identity.confirmPhrase, en.offices.identity.confirmPhrase]).toEqual(REPLACE_IDENTITY_PHRASES);
    const parse = (confirmation: string) =>
      api['offices.importIdentity'].input.safeParse({ base64: 'YWdl', passphrase: 'x', confirmation }).success;
    expect(parse(' REPLACE KEY ')).toBe(true);
    expect(parse('replace key')).toBe(false);
  });
});

import crypto from 'node:crypto';
import { isSigningKey } from '@shared/domain/office';

/**
 * Ed25519 signatures of exchange files (issue 12). The sender signs the UTF-8 JSON text of the file without its
 * `signature` field and appends the signature as the last field; JSON.parse then JSON.stringify of the file without
 * that field gives back exactly the text that was signed (the app writes the file with JSON.stringify).
 */

export type SignatureStatus = 'valid' | 'invalid' | 'unsigned';

/** Our own key pair: the private key as PKCS#8 DER, the public key as the raw 32 bytes, both in base64. */
export function newSigningKeyPair(): { signingPrivate: string; signingKey: string } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return {
    signingPrivate: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    signingKey: rawPublicKey(publicKey),
  };
}

function rawPublicKey(key: crypto.KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('base64');
}

/** The public key (raw, base64) of a private key kept as PKCS#8 DER in base64. */
export function publicKeyOf(signingPrivate: string): string {
  const privateKey = crypto.createPrivateKey({ key: Buffer.from(signingPrivate, 'base64'), format: 'der', type: 'pkcs8' });
  return rawPublicKey(crypto.createPublicKey(privateKey));
}

export function signText(text: string, signingPrivate: string): string {
  const key = crypto.createPrivateKey({ key: Buffer.from(signingPrivate, 'base64'), format: 'der', type: 'pkcs8' });
  return crypto.sign(null, Buffer.from(text, 'utf8'), key).toString('base64');
}

export function verifyText(text: string, signature: string, signingKey: string): boolean {
  if (!isSigningKey(signingKey)) return false;
  try {
    const x = Buffer.from(signingKey, 'base64').toString('base64url');
    const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    return crypto.verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The file's text with its signature appended as the last field: the signed text with `,"signature":"…"` spliced in
 * before its closing brace, exactly what JSON.stringify of the signed object gives, without a second pass over a
 * file of tens of megabytes.
 */
export function signedJson(file: object, signingPrivate: string): string {
  const { signature: _old, ...unsigned } = file as { signature?: unknown };
  const text = JSON.stringify(unsigned);
  const signature = JSON.stringify(signText(text, signingPrivate));
  return text === '{}' ? `{"signature":${signature}}` : `${text.slice(0, -1)},"signature":${signature}}`;
}

/**
 * Whether a parsed file's signature matches the signing key its `sender` names: `unsigned` without a signature
 * (older files, files made without the app), `invalid` when it does not match or the sender is missing.
 */
export function signatureOf(raw: unknown): SignatureStatus {
  if (typeof raw !== 'object' || raw === null) return 'unsigned';
  const { signature, ...unsigned } = raw as { signature?: unknown; sender?: { signingKey?: unknown } };
  if (signature === undefined) return 'unsigned';
  const signingKey = unsigned.sender?.signingKey;
  if (typeof signature !== 'string' || typeof signingKey !== 'string') return 'invalid';
  return verifyText(JSON.stringify(unsigned), signature, signingKey) ? 'valid' : 'invalid';
}

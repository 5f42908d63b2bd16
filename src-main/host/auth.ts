import crypto from 'node:crypto';

/**
 * The browser host's secrets. The API wants the per-run token as a bearer header; the token itself never appears in
 * an address, since the address is passed to the browser on its command line (readable by other programs) and
 * kept in its history. The address carries a one-time code instead, which the page trades once for the token
 * (`POST /auth/token`); a code that was used, or never issued for this run, buys nothing.
 *
 * A code is `nonce.mac`, the mac an HMAC of the nonce under the token: whoever holds the token (the host, or a test
 * that traded a code) can make one for another tab without asking the host.
 */
export function mintCode(token: string): string {
  const nonce = crypto.randomBytes(16).toString('hex');
  return `${nonce}.${mac(token, nonce)}`;
}

function mac(token: string, nonce: string): string {
  return crypto.createHmac('sha256', token).update(`vaxtkraft-code:${nonce}`).digest('hex');
}

export interface HostAuth {
  readonly token: string;
  /** A new one-time code for an address. */
  newCode(): string;
  /** The token for a code not used before, else null; the code is spent either way once it was valid. */
  redeem(code: unknown): string | null;
}

export function createHostAuth(token: string = crypto.randomBytes(32).toString('hex')): HostAuth {
  const spent = new Set<string>();
  return {
    token,
    newCode: () => mintCode(token),
    redeem(code) {
      if (typeof code !== 'string') return null;
      const m = /^([0-9a-f]{32})\.([0-9a-f]{64})$/.exec(code);
      if (!m) return null;
      const [, nonce, given] = m as unknown as [string, string, string];
      if (!crypto.timingSafeEqual(Buffer.from(mac(token, nonce), 'hex'), Buffer.from(given, 'hex'))) return null;
      if (spent.has(nonce)) return null;
      spent.add(nonce);
      return token;
    },
  };
}

/** Timing-safe: compares digests, so neither the content nor the length of the token leaks. */
export function tokenMatches(expected: string, header: string | undefined): boolean {
  const m = /^Bearer (\S+)$/.exec(header ?? '');
  if (!m) return false;
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(expected), digest(m[1]!));
}

/**
 * DNS rebinding: a page on any site can make its own name resolve to 127.0.0.1 and then talk to this host as
 * "same origin". The browser still sends that name in `Host`, so only this host's own names are answered.
 */
export function hostHeaderAllowed(header: string | undefined, port: number): boolean {
  return header === `127.0.0.1:${port}` || header === `localhost:${port}`;
}

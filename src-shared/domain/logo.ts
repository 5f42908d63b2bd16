/**
 * The programme owner's logo on printed documents, kept in Settings as a data URL. Only PNG and JPEG are stored: the
 * renderer turns a chosen SVG into a PNG first (drawn as an image, where no script in it runs), so no SVG, with what
 * it may carry, ever reaches the store or a printed page. The bytes must be what the type says (checked by their
 * signature) and at most MAX_LOGO_BYTES.
 */

export const MAX_LOGO_BYTES = 256 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
/** The types the advisor may choose; an SVG is rasterised before saving. */
export const LOGO_CHOICE_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;

/** The longest data URL a logo of MAX_LOGO_BYTES can be (base64 is 4 characters per 3 bytes, plus the prefix). */
export const MAX_LOGO_CHARS = Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 40;

const SIGNATURES: Record<LogoType, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DATA_URL = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/;

/** The first bytes of a base64 text (enough to read a file signature). */
function leadingBytes(base64: string, count: number): number[] {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of base64.slice(0, Math.ceil((count * 4) / 3) + 4)) {
    const digit = BASE64.indexOf(ch);
    if (digit < 0) break;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return out.slice(0, count);
}

export type LogoIssue = 'type' | 'size' | 'content';

/** Why a data URL is not an acceptable logo, or null when it is one. */
export function logoIssue(dataUrl: string): LogoIssue | null {
  const match = DATA_URL.exec(dataUrl);
  if (!match) return 'type';
  const type = match[1] as LogoType;
  const base64 = match[2]!;
  if (base64.length % 4 !== 0) return 'content';
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const bytes = (base64.length / 4) * 3 - padding;
  if (bytes > MAX_LOGO_BYTES) return 'size';
  const signature = SIGNATURES[type];
  const head = leadingBytes(base64, signature.length);
  return signature.every((b, i) => head[i] === b) ? null : 'content';
}

/**
 * Swedish organisation numbers (organisationsnummer), see DOMAIN.md.
 * Accepts NNNNNNNNNN, NNNNNN-NNNN and the 12-digit form 16NNNNNNNNNN (with or without the hyphen).
 * The canonical stored form is NNNNNN-NNNN.
 */
export type OrgNumberKind = 'legal' | 'sole_trader';

export type OrgNumberResult = { ok: true; canonical: string; kind: OrgNumberKind } | { ok: false; reason: OrgNumberError };

export type OrgNumberError = 'format' | 'checksum' | 'third_pair' | 'prefix';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The canonical number NNNNNN-NNNN for nine digits, with the Luhn check digit that makes it valid. */
export function withCheckDigit(nineDigits: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `${nineDigits}${check}`;
    if (luhnValid(digits)) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  }
  throw new Error('unreachable: one check digit always fits');
}

export function parseOrgNumber(input: string): OrgNumberResult {
  const compact = input.trim().replace(/[\s]/g, '');
  const m = /^(\d{2})?(\d{6})-?(\d{4})$/.exec(compact);
  if (!m) return { ok: false, reason: 'format' };
  const [, century, head, tail] = m;
  if (century !== undefined && century !== '16') return { ok: false, reason: 'prefix' };
  const digits = `${head}${tail}`;
  if (!luhnValid(digits)) return { ok: false, reason: 'checksum' };
  const pair = Number(digits.slice(2, 4));
  let kind: OrgNumberKind;
  if (pair >= 20) kind = 'legal';
  else if (pair >= 1 && pair <= 12 && century === undefined) kind = 'sole_trader';
  else return { ok: false, reason: 'third_pair' };
  return { ok: true, canonical: `${digits.slice(0, 6)}-${digits.slice(6)}`, kind };
}

/**
 * A sole trader's number is the owner's personnummer: everywhere but the company's own form (lists, pickers, the plan
 * the entrepreneur takes home, messages) it is shown as `******-NNNN`, the birth date hidden too. The one mask of the
 * app; a legal entity's number is public and shown as it is.
 */
export function maskOrgNumber(canonical: string, kind: OrgNumberKind): string {
  return kind === 'sole_trader' ? `******-${canonical.slice(-4)}` : canonical;
}

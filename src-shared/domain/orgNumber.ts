import { normaliseDashes, realBirthDay, yearForLeapCheck } from './birthDate';

/**
 * Swedish organisation numbers (organisationsnummer), see DOMAIN.md.
 * Accepts NNNNNNNNNN, NNNNNN-NNNN (an en dash too) and the 12-digit form 16NNNNNNNNNN. A sole trader's number is the
 * owner's personnummer, so it is also accepted as YYMMDD+NNNN (an owner of 100 or more) and in its 12-digit form with
 * the century (19811218-9876); its date must be a real day. The canonical stored form is NNNNNN-NNNN.
 */
export type OrgNumberKind = 'legal' | 'sole_trader';

export type OrgNumberResult = { ok: true; canonical: string; kind: OrgNumberKind } | { ok: false; reason: OrgNumberError };

/**
 * Which rule failed, each with its own message (errors.field.orgNumber.*): `format` (not 10 or 12 digits), `prefix`
 * (12 digits not beginning with 16, 19 or 20), `checksum` (Luhn), `third_pair` (digits 3–4 neither 20+ nor a month),
 * `birth_date` (a sole trader's date that does not exist), `plus` (`+` on anything but a 10-digit personnummer),
 * `century` (19/20 before a legal person's number, whose 12-digit form begins with 16).
 */
export type OrgNumberError = 'format' | 'checksum' | 'third_pair' | 'prefix' | 'birth_date' | 'plus' | 'century';

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
  const m = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(normaliseDashes(input));
  if (!m) return { ok: false, reason: 'format' };
  const [, century, head, separator, tail] = m as unknown as [string, string | undefined, string, string, string];
  if (century !== undefined && !['16', '19', '20'].includes(century)) return { ok: false, reason: 'prefix' };
  const digits = `${head}${tail}`;
  if (!luhnValid(digits)) return { ok: false, reason: 'checksum' };
  const pair = Number(digits.slice(2, 4));
  const plus = separator === '+';
  const canonical = `${digits.slice(0, 6)}-${digits.slice(6)}`;
  if (pair >= 20) {
    if (plus) return { ok: false, reason: 'plus' };
    if (century !== undefined && century !== '16') return { ok: false, reason: 'century' };
    return { ok: true, canonical, kind: 'legal' };
  }
  if (pair < 1 || pair > 12 || century === '16') return { ok: false, reason: 'third_pair' };
  if (plus && century !== undefined) return { ok: false, reason: 'plus' };
  const yy = Number(digits.slice(0, 2));
  const year = century !== undefined ? Number(century) * 100 + yy : yearForLeapCheck(yy, plus);
  if (!realBirthDay(year, pair, Number(digits.slice(4, 6)))) return { ok: false, reason: 'birth_date' };
  return { ok: true, canonical, kind: 'sole_trader' };
}

/**
 * A sole trader's number is the owner's personnummer: everywhere but the company's own form (lists, pickers, the plan
 * the entrepreneur takes home, messages) it is shown as `******-NNNN`, the birth date hidden too. The one mask of the
 * app; a legal entity's number is public and shown as it is.
 */
export function maskOrgNumber(canonical: string, kind: OrgNumberKind): string {
  return kind === 'sole_trader' ? `******-${canonical.slice(-4)}` : canonical;
}

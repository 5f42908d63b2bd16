import { normaliseDashes, realBirthDay, yearForLeapCheck } from './birthDate';
import { luhnValid } from './orgNumber';

/**
 * A participant's personnummer (optional, for the funder's participant registration). Accepted as YYYYMMDD-NNNN,
 * YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDDNNNN or YYMMDD+NNNN (100 or more), with an en dash too; a samordningsnummer (day
 * plus 60) as well. Stored as YYYYMMDD-NNNN: the century is kept, so the `+` is not needed. Sensitive: shown masked,
 * never printed, exported only in the participant list.
 */
export type PersonnummerError = 'format' | 'checksum' | 'birth_date' | 'future';

export type PersonnummerResult = { ok: true; canonical: string; coordination: boolean } | { ok: false; reason: PersonnummerError };

interface Parts {
  century: number | null;
  yymmdd: string;
  tail: string;
  plus: boolean;
}

function parts(input: string): Parts | PersonnummerError {
  const m = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(normaliseDashes(input));
  if (!m) return 'format';
  const [, century, yymmdd, separator, tail] = m as unknown as [string, string | undefined, string, string, string];
  if (century !== undefined && (separator === '+' || !['18', '19', '20'].includes(century))) return 'format';
  if (!luhnValid(`${yymmdd}${tail}`)) return 'checksum';
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(yymmdd.slice(i, i + 2))) as [number, number, number];
  const year = century !== undefined ? Number(century) * 100 + yy : yearForLeapCheck(yy, separator === '+');
  if (!realBirthDay(year, mm, dd)) return 'birth_date';
  return { century: century === undefined ? null : Number(century), yymmdd, tail, plus: separator === '+' };
}

/** What the number's own digits say, without the clock: the rule the contract's field checks as the advisor types. */
export function personnummerShapeError(input: string): PersonnummerError | null {
  const p = parts(input);
  return typeof p === 'string' ? p : null;
}

/**
 * The number checked and in its stored form. A 10-digit number's century is the latest that puts the birth on or
 * before `today` (YYYY-MM-DD), one more back with `+`; a birth date after today is refused.
 */
export function parsePersonnummer(input: string, today: string): PersonnummerResult {
  const p = parts(input);
  if (typeof p === 'string') return { ok: false, reason: p };
  const todayDigits = today.replace(/-/g, '');
  const day = Number(p.yymmdd.slice(4, 6));
  const mmdd = p.yymmdd.slice(2, 4) + String(day > 60 ? day - 60 : day).padStart(2, '0');
  let year: number;
  if (p.century !== null) {
    year = p.century * 100 + Number(p.yymmdd.slice(0, 2));
  } else {
    year = Number(todayDigits.slice(0, 2)) * 100 + Number(p.yymmdd.slice(0, 2));
    if (`${year}${mmdd}` > todayDigits) year -= 100;
    if (p.plus) year -= 100;
  }
  if (`${year}${mmdd}` > todayDigits) return { ok: false, reason: 'future' };
  return { ok: true, canonical: `${year}${p.yymmdd.slice(2)}-${p.tail}`, coordination: day > 60 };
}

/** The one mask of a personnummer on screen: the date hidden, the last four shown (as a sole trader's number). */
export function maskPersonnummer(canonical: string): string {
  return `********-${canonical.slice(-4)}`;
}

/**
 * The date part of a Swedish personal identity number (personnummer), shared by the personnummer of a participant and
 * the organisation number of a sole trader (which is the owner's personnummer). A samordningsnummer (coordination
 * number, given to people not registered in Sweden) adds 60 to the day.
 */

/** Hyphens, en and em dashes and the minus sign all separate the date from the last four digits. */
export function normaliseDashes(input: string): string {
  return input
    .trim()
    .replace(/\s/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether MMDD (day plus 60 for a samordningsnummer) is a real day of `year`. Without the century (a 10-digit
 * number) the year is taken in the century its separator implies: `-` under 100 years old (20YY for 00), `+` over.
 */
export function realBirthDay(year: number, month: number, day: number): boolean {
  const d = day > 60 ? day - 60 : day;
  if (month < 1 || month > 12 || d < 1) return false;
  const last = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return d <= last;
}

/** A year with the leap-year status of a 10-digit number's YY, as its separator implies (2000 for `-00`, 1900 for `+00`). */
export function yearForLeapCheck(yy: number, plus: boolean): number {
  return plus ? 1900 + yy : 2000 + yy;
}

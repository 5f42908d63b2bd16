import { swedishDate, SWEDISH_TIME_ZONE } from '@shared/clock';
import { isRealDate } from '@shared/domain/isoDate';
import { intlLocale } from './numberFormat';

/*
 * Calendar dates as people read and type them, in the app's language. The value is always a YYYY-MM-DD calendar
 * date; what is shown is one format per language, the same in every field, list and document:
 * Swedish "2026-11-30" (the Swedish standard form), English "30 Nov 2026". Calendar dates are read as UTC midnight
 * and written in UTC, so that no time zone moves them a day.
 */

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f;
}

const englishDate = () =>
  formatter('en-date', () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));

/** A real calendar date written YYYY-MM-DD (zod-free: this module is in the first load). */
export const isIsoDate = isRealDate;

/** A calendar date (YYYY-MM-DD) in the language's one format; anything that is not a date is shown as it is. */
export function formatDate(iso: string, language: string): string {
  if (!isIsoDate(iso)) return iso;
  return language === 'sv' ? iso : englishDate().format(new Date(`${iso}T00:00:00Z`));
}

/** The Swedish calendar day of a moment (ISO timestamp), or a calendar date as it is, in the language's format. */
export function formatDay(isoOrInstant: string, language: string): string {
  return formatDate(isoOrInstant.length === 10 ? isoOrInstant : swedishDate(new Date(isoOrInstant)), language);
}

/** A moment (ISO timestamp): its Swedish calendar day in the language's format, then the time of day in Sweden. */
export function formatDateTime(instant: string, language: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: SWEDISH_TIME_ZONE };
  const time = formatter(`time-${language}`, () => new Intl.DateTimeFormat(intlLocale(language), options));
  const at = new Date(instant);
  return `${formatDay(instant, language)} ${time.format(at)}`;
}

/** The month names of both languages, lower case, long form: a typed name matches one by its first three letters or more. */
const MONTHS: ReadonlyArray<readonly string[]> = ['sv-SE', 'en-GB'].map((loc) => {
  const f = new Intl.DateTimeFormat(loc, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2000, i, 1))).toLowerCase());
});

function monthOfName(name: string): number | null {
  const typed = name.toLowerCase().replace(/\.$/, '');
  if (typed.length < 3) return null;
  for (const names of MONTHS) {
    const index = names.findIndex((n) => n.startsWith(typed));
    if (index >= 0) return index + 1;
  }
  return null;
}

function isoOf(year: string, month: number, day: string): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * What a person typed, as a YYYY-MM-DD date, or null when it is not (yet) a whole date. Accepted in either language:
 * 2026-11-30 and 20261130, the English form 30 Nov 2026 (month names of either language, long or short, "Sept"
 * too), and 30/11/2026 or 30.11.2026 (day first, as in Sweden and Britain). The year is always four digits, so a
 * date half typed is never taken for another.
 */
export function parseDate(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
  if (m) return isoOf(m[1]!, Number(m[2]), m[3]!);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return isoOf(m[3]!, Number(m[2]), m[1]!);
  m = /^(\d{1,2})\.? ?([^\d\s.,]+)\.?,? ?(\d{4})$/u.exec(s);
  if (m) {
    const month = monthOfName(m[2]!);
    return month === null ? null : isoOf(m[3]!, month, m[1]!);
  }
  return null;
}

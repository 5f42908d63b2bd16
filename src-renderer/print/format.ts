import type { Language } from '@shared/i18n/languages';
import { formatGoalValue, intlLocale } from '../lib/numberFormat';
import { formatDay } from '../lib/dates';

/**
 * Dates, months and numbers as a printed document writes them, in the document's language (not the UI's).
 * Calendar dates are read as UTC midnight and written in UTC, so that no time zone moves them a day.
 */
export function printFormat(language: Language) {
  const loc = intlLocale(language);
  const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const dayFmt = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(loc, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numFmt = new Intl.NumberFormat(loc, { maximumFractionDigits: 1 });
  const hoursFmt = new Intl.NumberFormat(loc, { maximumFractionDigits: 2 });
  const rateFmt = new Intl.NumberFormat(loc, { maximumFractionDigits: 4 });
  const moneyFmt = new Intl.NumberFormat(loc, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  return {
    /** A calendar date, or a moment's Swedish calendar day, as every screen shows it (lib/dates.ts). */
    date: (iso: string) => formatDay(iso, language),
    /** A day within a known month: "3 nov." / "3 Nov". */
    day: (iso: string) => dayFmt.format(utc(iso)),
    /** `2026-11` as "november 2026" / "November 2026". */
    month: (month: string) => monthFmt.format(utc(`${month}-01`)),
    number: (n: number | null) => (n === null ? '–' : numFmt.format(n)),
    /** A goal's value, grouped as on screen: "2 500" / "2,500" (lib/numberFormat.ts). */
    goal: (n: number) => formatGoalValue(language, n),
    /** Quarter hours keep both decimals: 1,25 and 0,75; none (absent) is a dash. */
    hours: (n: number | null) => (n === null ? '–' : hoursFmt.format(n)),
    /** Whole kronor or euro, grouped: 12 345. */
    money: (n: number) => moneyFmt.format(Math.round(n)),
    /** An exchange rate: up to four decimals. */
    rate: (n: number) => rateFmt.format(n),
  };
}

export type PrintFormat = ReturnType<typeof printFormat>;

import { useTranslation } from 'react-i18next';
import { intlLocale } from './numberFormat';
import { formatDateTime, formatDay } from './dates';

/** Dates and numbers in the UI language; dates in the one format of the date fields (lib/dates.ts). */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const loc = intlLocale(language);
  return {
    number: (n: number) => new Intl.NumberFormat(loc).format(n),
    /** A calendar date (YYYY-MM-DD), or the Swedish calendar day of a timestamp. */
    date: (iso: string) => formatDay(iso, language),
    /** A moment (ISO timestamp): its day, then the time in Sweden. */
    dateTime: (iso: string) => formatDateTime(iso, language),
  };
}

/**
 * A number as charts and their tables show it, in the app's language: at most one decimal, a decimal comma and a
 * true minus in Swedish ("3,5", "−2"), a dash for none.
 */
/** One number format per language: making one costs far more than using it (the report formats thousands). */
const decimalFormats = new Map<string, Intl.NumberFormat>();

export function formatDecimal(language: string, n: number | null): string {
  if (n === null) return '–';
  let format = decimalFormats.get(language);
  if (!format) decimalFormats.set(language, (format = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 })));
  return format.format(n);
}

import { useTranslation } from 'react-i18next';
import { numberFormat } from './numberFormat';
import { formatDateTime, formatDay } from './dates';

/** Dates and numbers in the UI language; dates in the one format of the date fields (lib/dates.ts). */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    number: (n: number) => numberFormat(language).format(n),
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
export function formatDecimal(language: string, n: number | null): string {
  return n === null ? '–' : numberFormat(language, 1).format(n);
}

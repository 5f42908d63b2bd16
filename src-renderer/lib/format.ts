import { useTranslation } from 'react-i18next';
import { intlLocale } from './numberFormat';

function locale(language: string): string {
  return language === 'sv' ? 'sv-SE' : 'en-GB';
}

/** Dates and numbers through Intl in the UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const loc = locale(i18n.language);
  return {
    number: (n: number) => new Intl.NumberFormat(loc).format(n),
    /** A calendar date (YYYY-MM-DD) as is, or the local day of a timestamp. */
    date: (iso: string) =>
      iso.length === 10
        ? new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
        : new Intl.DateTimeFormat(loc, { dateStyle: 'medium' }).format(new Date(iso)),
    /** A moment (ISO timestamp) in local time. */
    dateTime: (iso: string) => new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  };
}

/**
 * A number as charts and their tables show it, in the app's language: at most one decimal, a decimal comma and a
 * true minus in Swedish ("3,5", "−2"), a dash for none.
 */
export function formatDecimal(language: string, n: number | null): string {
  return n === null ? '–' : new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(n);
}

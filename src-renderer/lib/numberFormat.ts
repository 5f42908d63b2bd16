import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The Intl locale of an app language: Swedish as written in Sweden, English as in Britain. One place for screens and documents. */
export function intlLocale(language: string): 'sv-SE' | 'en-GB' {
  return language === 'sv' ? 'sv-SE' : 'en-GB';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The language's number format with at most `maxDecimals` decimals (Intl's own default when not given), made once:
 * making one costs far more than using it, and lists and reports format thousands of numbers.
 */
export function numberFormat(language: string, maxDecimals?: number): Intl.NumberFormat {
  const key = `${intlLocale(language)}/${maxDecimals ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language), maxDecimals === undefined ? {} : { maximumFractionDigits: maxDecimals });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A goal's value as every screen and document writes it: grouped in thousands as Intl groups them, "2 500" in
 * Swedish (a no-break space) and "2,500" in English, at most two decimals.
 */
export function formatGoalValue(language: string, n: number): string {
  return numberFormat(language, 2).format(n);
}

/** The language's thousands separator as Intl writes it, for an input that groups what is typed the same way. */
export function thousandSeparator(language: string): string {
  return (
    numberFormat(language)
      .formatToParts(1000)
      .find((p) => p.type === 'group')?.value ?? ''
  );
}

/** Goal values in the UI language. */
export function useGoalFormat(): (n: number) => string {
  const { i18n } = useTranslation();
  return (n) => formatGoalValue(i18n.language, n);
}

export interface GoalFigures {
  currentValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

/** What follows a goal's name in a list of goals: " — 2 500 → 3 000 till 2028" (nothing when it has no target or year). */
export function goalFiguresText(t: TFunction, format: (n: number) => string, g: GoalFigures): string {
  const current = g.currentValue === null ? '?' : format(g.currentValue);
  const target = g.targetValue === null ? '' : ` — ${t('plans.basis.goalTarget', { current, target: format(g.targetValue) })}`;
  const year = g.targetYear === null ? '' : ` ${t('plans.basis.goalYear', { year: g.targetYear })}`;
  return target + year;
}

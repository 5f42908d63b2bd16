import { addDays } from '../clock';

/**
 * De minimis aid (Commission Regulation (EU) 2023/2831): the pure arithmetic, shared by the service, the screens and
 * the certificate.
 *
 * - The ceiling is EUR 300,000 per single undertaking over any period of three years (Article 3(2)). The total that
 *   counts on a date D is the aid granted in the three years up to and including D: from the day after the date three
 *   years before D, to D itself. Aid dated exactly three years before D is outside (it belongs to the previous three
 *   years); aid dated the day after is inside. Three years before 29 February is 28 February, so the period ending on
 *   29 February 2028 starts on 1 March 2025.
 * - Amounts in SEK are converted with the rate in Settings (SEK per EUR). Without a rate (or an hourly rate for the
 *   advisor's time) a figure cannot be worked out: it is null, never a guess, and the screens ask for the setting.
 * - When the programme's support counts as granted (see `activityAidDate`): advice on the contact's date; an
 *   activity's share on its planned start, or on its end once it is done; a cancelled activity gives no aid; an
 *   activity that has no date yet counts as granted today (the promise stands until it is dated, so it is never
 *   left out of the total).
 */

export const DE_MINIMIS_CEILING_EUR = 300_000;
export const DE_MINIMIS_REGULATION = '(EU) 2023/2831';
export const WINDOW_YEARS = 3;

export const AID_CURRENCIES = ['SEK', 'EUR'] as const;
export type AidCurrency = (typeof AID_CURRENCIES)[number];

/** Advice (the advisor's hours), an activity's programme share, or aid the company declares from others. */
export const AID_SOURCES = ['advice', 'activity', 'declared'] as const;
export type AidSource = (typeof AID_SOURCES)[number];

export interface AidRates {
  /** SEK per hour of the advisor's advice. */
  hourlyRateSek: number | null;
  /** SEK per EUR. */
  eurRate: number | null;
}

/** The same calendar day `years` earlier; 29 February becomes 28 February in a year without it. */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the three years up to and including `date`. */
export function windowStart(date: string): string {
  return addDays(yearsBefore(date, WINDOW_YEARS), 1);
}

/** Whether aid dated `date` counts in the three years that end on `end`. */
export function inWindow(date: string, end: string): boolean {
  return date <= end && date >= windowStart(end);
}

/** The date an activity's programme share counts as granted, or null when it gives no aid (cancelled). */
export function activityAidDate(
  a: { status: string; plannedStart: string | null; plannedEnd: string | null },
  today: string,
): string | null {
  if (a.status === 'cancelled') return null;
  if (a.status === 'done') return a.plannedEnd ?? a.plannedStart ?? today;
  return a.plannedStart ?? today;
}

/** An amount in SEK, or null without the rate it needs. */
export function toSek(amount: number, currency: AidCurrency, eurRate: number | null): number | null {
  if (currency === 'SEK') return amount;
  return eurRate === null ? null : amount * eurRate;
}

/** An amount in EUR, or null without the rate it needs. */
export function toEur(amount: number, currency: AidCurrency, eurRate: number | null): number | null {
  if (currency === 'EUR') return amount;
  return eurRate === null ? null : amount / eurRate;
}

/** A sum that is unknown (null) as soon as one of its parts is. */
export const addKnown = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);

/** Rounded to öre / cents, so that sums of many lines do not show floating-point dust. */
export const roundMoney = (n: number): number => Math.round(n * 100) / 100;

/** One grant of aid, in its own currency. */
export interface AidItem {
  source: AidSource;
  date: string;
  /** Null when it cannot be valued (advice without an hourly rate). */
  amount: number | null;
  currency: AidCurrency;
}

/** Advice valued at the hourly rate (null without one). */
export function adviceAmount(hours: number, hourlyRateSek: number | null): number | null {
  return hourlyRateSek === null ? null : hours * hourlyRateSek;
}

export interface DeMinimisTotals {
  windowStart: string;
  windowEnd: string;
  programmeSek: number | null;
  declaredSek: number | null;
  totalSek: number | null;
  totalEur: number | null;
  remainingEur: number | null;
  overCeiling: boolean;
}

/**
 * The three-year total that ends on `end`, with `extraSek` more (aid about to be granted on `end`): the programme's
 * support and the declared aid in SEK, the total in SEK and EUR, what is left under the ceiling, and whether the
 * ceiling is passed. Items outside the three years (before them, or after `end`) do not count. `start` may be given
 * when many totals share one period (one pass over each company's items, no date arithmetic per company).
 */
export function deMinimisTotals(
  items: readonly AidItem[],
  end: string,
  eurRate: number | null,
  extraSek = 0,
  start = windowStart(end),
): DeMinimisTotals {
  let programmeSek: number | null = 0;
  let declaredSek: number | null = 0;
  let itemsEur: number | null = 0;
  for (const i of items) {
    if (i.date < start || i.date > end) continue;
    const sek = i.amount === null ? null : toSek(i.amount, i.currency, eurRate);
    if (i.source === 'declared') declaredSek = addKnown(declaredSek, sek);
    else programmeSek = addKnown(programmeSek, sek);
    itemsEur = addKnown(itemsEur, i.amount === null ? null : toEur(i.amount, i.currency, eurRate));
  }
  const totalSek = addKnown(addKnown(programmeSek, declaredSek), extraSek);
  const totalEur = addKnown(itemsEur, extraSek === 0 ? 0 : toEur(extraSek, 'SEK', eurRate));
  const money = (n: number | null) => (n === null ? null : roundMoney(n));
  return {
    windowStart: start,
    windowEnd: end,
    programmeSek: money(programmeSek),
    declaredSek: money(declaredSek),
    totalSek: money(totalSek),
    totalEur: money(totalEur),
    remainingEur: totalEur === null ? null : roundMoney(DE_MINIMIS_CEILING_EUR - totalEur),
    overCeiling: totalEur !== null && roundMoney(totalEur) > DE_MINIMIS_CEILING_EUR,
  };
}

/**
 * The highest three-year total from `from` on: aid granted on `from` also counts in every later period that still
 * holds it, so a new grant is checked against the period ending on its own date and the periods ending on each later
 * grant already planned. Returns that total (EUR; null without the rates) and the date its period ends.
 */
export function peakTotal(items: readonly AidItem[], from: string, eurRate: number | null): { totalEur: number | null; date: string } {
  const ends = [...new Set([from, ...items.map((i) => i.date).filter((d) => d > from && inWindow(from, d))])].sort();
  let peak: { totalEur: number | null; date: string } = { totalEur: 0, date: from };
  for (const end of ends) {
    const { totalEur } = deMinimisTotals(items, end, eurRate);
    if (totalEur === null) return { totalEur: null, date: end };
    if (peak.totalEur !== null && totalEur > peak.totalEur) peak = { totalEur, date: end };
  }
  return peak;
}

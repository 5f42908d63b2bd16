import type { FieldIssue } from '../api/contract';

/**
 * A date that records something that has happened (consent given, ambition stated) cannot lie after today.
 * `today` comes from the caller's clock (Swedish calendar date), so the rule holds at 00:30 in Stockholm too.
 */
export function datesInFuture(values: Readonly<Record<string, string | null | undefined>>, today: string): FieldIssue[] {
  return Object.entries(values)
    .filter(([, value]) => typeof value === 'string' && value > today)
    .map(([path]) => ({ path, message: 'dateInFuture' }));
}

import { z } from 'zod';
import { isRealDate } from '../domain/isoDate';

/** Field messages are keys under `errors.field.` in both locales. */
export const text = (max: number) => z.string().trim().max(max, { error: 'tooLong' });

/** Optional free text: empty means "not given" and is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z.string().refine(isRealDate, { error: 'date' });

/**
 * A date that has happened (consent given, ambition stated). Only its form is checked here: "not after today"
 * needs the clock, so the service checks it (`datesInFuture` in domain/dates.ts) with the clock it is given.
 */
export const pastDate = isoDate;

export const id = z.string().uuid({ error: 'id' });

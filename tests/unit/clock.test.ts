import { describe, expect, it } from 'vitest';
import { addDays, clockFrom, daysBetween, swedishDate, swedishStamp, swedishYear } from '@shared/clock';
import { datesInFuture } from '@shared/domain/dates';

describe('the Swedish clock', () => {
  it('gives the Swedish date where UTC is still on the day before (summer time starts on the last Sunday of March)', () => {
    // 2025-03-31 23:30 UTC is 01:30 on 1 April in Stockholm (CEST, UTC+2).
    expect(swedishDate(new Date('2025-03-31T23:30:00Z'))).toBe('2025-04-01');
    // The night of the change itself: 2025-03-30 00:30 UTC is 01:30 CET, the same date.
    expect(swedishDate(new Date('2025-03-30T00:30:00Z'))).toBe('2025-03-30');
    expect(swedishDate(new Date('2025-03-29T23:30:00Z'))).toBe('2025-03-30');
  });

  it('gives the Swedish date on the last day of October (winter time, UTC+1)', () => {
    // 2025-10-31 23:30 UTC is 00:30 on 1 November in Stockholm (CET, UTC+1).
    expect(swedishDate(new Date('2025-10-31T23:30:00Z'))).toBe('2025-11-01');
    // 2025-10-26 is the change back: 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
    expect(swedishDate(new Date('2025-10-26T00:30:00Z'))).toBe('2025-10-26');
    expect(swedishDate(new Date('2025-10-25T22:30:00Z'))).toBe('2025-10-26');
  });

  it('turns at local midnight, not at UTC midnight: 00:30 in Stockholm is already the new day', () => {
    expect(swedishDate(new Date('2025-06-14T22:30:00Z'))).toBe('2025-06-15'); // 00:30 CEST
    expect(swedishDate(new Date('2025-01-14T23:30:00Z'))).toBe('2025-01-15'); // 00:30 CET
    expect(swedishDate(new Date('2025-01-14T22:59:59Z'))).toBe('2025-01-14'); // 23:59:59 CET
    expect(swedishDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(swedishYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
  });

  it('stamps file names with the Swedish wall-clock time', () => {
    expect(swedishStamp(new Date('2025-03-31T23:30:05Z'))).toBe('20250401-013005');
    expect(swedishStamp(new Date('2025-01-15T08:04:09Z'))).toBe('20250115-090409');
  });

  it('counts calendar days across the summer-time changes and month ends', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-11-01', '2025-10-25')).toBe(-7);
  });

  it('a clock from a test instant gives that instant and its Swedish date', () => {
    const clock = clockFrom(() => new Date('2025-10-31T23:30:00Z'));
    expect(clock.now().toISOString()).toBe('2025-10-31T23:30:00.000Z');
    expect(clock.today()).toBe('2025-11-01');
  });

  it('calls a date in the future only when it is after today', () => {
    expect(datesInFuture({ consentAt: '2025-04-01', other: null }, '2025-04-01')).toEqual([]);
    expect(datesInFuture({ consentAt: '2025-04-02' }, '2025-04-01')).toEqual([{ path: 'consentAt', message: 'dateInFuture' }]);
  });
});

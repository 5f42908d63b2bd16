import { describe, expect, it } from 'vitest';
import {
  activityAidDate,
  adviceAmount,
  DE_MINIMIS_CEILING_EUR,
  deMinimisTotals,
  inWindow,
  peakTotal,
  addKnown,
  toEur,
  toSek,
  windowStart,
  yearsBefore,
} from '@shared/domain/deMinimis';
import type { AidItem } from '@shared/domain/deMinimis';

const sek = (date: string, amount: number | null, source: AidItem['source'] = 'activity'): AidItem => ({
  source,
  date,
  amount,
  currency: 'SEK',
});
const eur = (date: string, amount: number): AidItem => ({ source: 'declared', date, amount, currency: 'EUR' });

describe('the rolling three years (Regulation (EU) 2023/2831, Article 3(2))', () => {
  it('end on the date in question and start the day after the same date three years earlier', () => {
    expect(windowStart('2026-11-30')).toBe('2023-12-01');
    expect(windowStart('2026-01-01')).toBe('2023-01-02');
    expect(windowStart('2027-03-01')).toBe('2024-03-02');
  });

  it('leave out aid dated exactly three years back and count the day after', () => {
    expect(inWindow('2023-11-30', '2026-11-30')).toBe(false);
    expect(inWindow('2023-12-01', '2026-11-30')).toBe(true);
    expect(inWindow('2026-11-30', '2026-11-30')).toBe(true);
    expect(inWindow('2026-12-01', '2026-11-30')).toBe(false);
  });

  it('handle the leap day: three years before 29 February is 28 February', () => {
    expect(yearsBefore('2028-02-29', 3)).toBe('2025-02-28');
    expect(windowStart('2028-02-29')).toBe('2025-03-01');
    expect(inWindow('2025-02-28', '2028-02-29')).toBe(false);
    expect(inWindow('2025-03-01', '2028-02-29')).toBe(true);
    // Aid granted on a leap day stays in the periods ending up to 28 February three years on, then leaves.
    expect(windowStart('2027-02-28')).toBe('2024-02-29');
    expect(inWindow('2024-02-29', '2027-02-28')).toBe(true);
    expect(inWindow('2024-02-29', '2027-03-01')).toBe(false);
    // Four years back lands on a leap day again.
    expect(yearsBefore('2028-02-29', 4)).toBe('2024-02-29');
  });

  it('count only the items in the period ending on the given date', () => {
    const items = [sek('2023-11-30', 1000), sek('2023-12-01', 2000), sek('2026-11-30', 4000), sek('2026-12-01', 8000)];
    const t = deMinimisTotals(items, '2026-11-30', 10);
    expect(t).toMatchObject({ windowStart: '2023-12-01', windowEnd: '2026-11-30', programmeSek: 6000, totalSek: 6000, totalEur: 600 });
  });
});

describe('conversion and the ceiling', () => {
  it('convert SEK and EUR with the rate in Settings, and give null (never a guess) without it', () => {
    expect(toSek(100, 'EUR', 11.5)).toBe(1150);
    expect(toEur(1150, 'SEK', 11.5)).toBe(100);
    expect(toSek(100, 'SEK', null)).toBe(100);
    expect(toEur(100, 'EUR', null)).toBe(100);
    expect(toSek(100, 'EUR', null)).toBeNull();
    expect(toEur(100, 'SEK', null)).toBeNull();
    expect(adviceAmount(2.5, 1200)).toBe(3000);
    expect(adviceAmount(2.5, null)).toBeNull();
    expect(addKnown(1, null)).toBeNull();
    expect(addKnown(1, 2)).toBe(3);
  });

  it('add programme support and declared aid, in SEK and EUR, against EUR 300,000', () => {
    const items = [sek('2025-01-10', 3000, 'advice'), sek('2025-06-01', 47_000), eur('2024-05-05', 10_000)];
    const t = deMinimisTotals(items, '2026-11-30', 10);
    expect(t.programmeSek).toBe(50_000);
    expect(t.declaredSek).toBe(100_000);
    expect(t.totalSek).toBe(150_000);
    expect(t.totalEur).toBe(15_000);
    expect(t.remainingEur).toBe(DE_MINIMIS_CEILING_EUR - 15_000);
    expect(t.overCeiling).toBe(false);
  });

  it('reach the ceiling exactly without passing it; one öre more passes it', () => {
    const at = deMinimisTotals([eur('2026-01-01', 290_000), sek('2026-02-01', 100_000)], '2026-11-30', 10);
    expect(at.totalEur).toBe(300_000);
    expect(at.remainingEur).toBe(0);
    expect(at.overCeiling).toBe(false);
    const over = deMinimisTotals([eur('2026-01-01', 290_000), sek('2026-02-01', 100_000)], '2026-11-30', 10, 0.1);
    expect(over.overCeiling).toBe(true);
    expect(over.remainingEur).toBeLessThan(0);
  });

  it('leave the money figures unknown without a rate, and then never claim the ceiling is passed', () => {
    const t = deMinimisTotals([eur('2026-01-01', 400_000), sek('2026-02-01', null, 'advice')], '2026-11-30', null);
    expect(t).toMatchObject({ programmeSek: null, declaredSek: null, totalSek: null, totalEur: null, remainingEur: null });
    expect(t.overCeiling).toBe(false);
    // EUR-only aid is still known in EUR.
    expect(deMinimisTotals([eur('2026-01-01', 400_000)], '2026-11-30', null)).toMatchObject({ totalEur: 400_000, overCeiling: true });
  });

  it('round sums to öre, without floating-point dust', () => {
    const items = Array.from({ length: 10 }, (_, i) => sek(`2026-01-${String(i + 10)}`, 0.1));
    expect(deMinimisTotals(items, '2026-11-30', 3).totalSek).toBe(1);
  });
});

describe('when the programme grants aid', () => {
  const today = '2026-11-30';
  it('dates an activity share by its planned start, by its end once done, today when undated; a cancelled one gives none', () => {
    expect(activityAidDate({ status: 'planned', plannedStart: '2027-02-01', plannedEnd: '2027-03-01' }, today)).toBe('2027-02-01');
    expect(activityAidDate({ status: 'ongoing', plannedStart: '2026-10-01', plannedEnd: '2026-12-15' }, today)).toBe('2026-10-01');
    expect(activityAidDate({ status: 'done', plannedStart: '2026-10-01', plannedEnd: '2026-11-15' }, today)).toBe('2026-11-15');
    expect(activityAidDate({ status: 'done', plannedStart: '2026-10-01', plannedEnd: null }, today)).toBe('2026-10-01');
    expect(activityAidDate({ status: 'booked', plannedStart: null, plannedEnd: null }, today)).toBe(today);
    expect(activityAidDate({ status: 'cancelled', plannedStart: '2026-10-01', plannedEnd: null }, today)).toBeNull();
  });

  it('checks a new grant against every later period that still holds it', () => {
    // 2,000,000 SEK declared on 2024-06-01 leaves the period on 2027-06-01; a planned grant on 2027-01-10 meets it.
    const items = [sek('2024-06-01', 2_000_000, 'declared'), sek('2027-01-10', 900_000), sek('2027-05-01', 200_000)];
    const peak = peakTotal(items, '2027-01-10', 10);
    expect(peak).toEqual({ totalEur: 310_000, date: '2027-05-01' });
    // Grants more than three years later do not share a period with it.
    expect(peakTotal([sek('2027-01-10', 10), sek('2030-01-10', 9_000_000)], '2027-01-10', 10)).toEqual({ totalEur: 1, date: '2027-01-10' });
    expect(peakTotal(items, '2027-01-10', null).totalEur).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/clock';
import { backupsToDelete, backupsToKeep, isoWeek, KEEP } from '../../src-main/services/backups/rotation';
import type { RotationEntry } from '../../src-main/services/backups/rotation';
import { parseBackupName } from '../../src-main/services/backups/files';

/** Backups on random days (within two years), a few a day, some unverified. */
const entries = fc
  .array(fc.record({ day: fc.integer({ min: 0, max: 730 }), second: fc.integer({ min: 0, max: 86_399 }), verified: fc.boolean() }), {
    maxLength: 80,
  })
  .map((raw) => {
    const seen = new Set<string>();
    return raw.flatMap(({ day, second, verified }): RotationEntry[] => {
      const date = addDays('2025-01-01', day);
      const two = (n: number) => String(n).padStart(2, '0');
      const time = `${two(Math.floor(second / 3600))}${two(Math.floor(second / 60) % 60)}${two(second % 60)}`;
      const name = `vaxtkraft-${date.replaceAll('-', '')}-${time}.db`;
      if (seen.has(name)) return [];
      seen.add(name);
      return [{ name, ...parseBackupName(name)!, verified }];
    });
  });

const newestFirst = (list: RotationEntry[]) => [...list].sort((a, b) => (a.stamp < b.stamp ? 1 : -1));

describe('backup rotation', () => {
  it('never deletes the newest verified backup, so never the only verified one', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const newest = newestFirst(list).find((e) => e.verified);
        if (newest) expect(backupsToDelete(list)).not.toContain(newest.name);
      }),
    );
  });

  it('deletes only verified backups from the list, and keeps at most 7 + 4 + 12', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const deleted = backupsToDelete(list);
        const byName = new Map(list.map((e) => [e.name, e]));
        for (const name of deleted) expect(byName.get(name)?.verified).toBe(true);
        expect(backupsToKeep(list).size).toBeLessThanOrEqual(KEEP.daily + KEEP.weekly + KEEP.monthly);
      }),
    );
  });

  it('keeps the newest backup of each of the last 7 days that have one, and is stable when run again', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const keep = backupsToKeep(list);
        const days = [...new Set(newestFirst(list.filter((e) => e.verified)).map((e) => e.date))].slice(0, KEEP.daily);
        for (const day of days) {
          const newestOfDay = newestFirst(list).find((e) => e.verified && e.date === day)!;
          expect(keep.has(newestOfDay.name)).toBe(true);
        }
        const remaining = list.filter((e) => !backupsToDelete(list).includes(e.name));
        expect(backupsToDelete(remaining)).toEqual([]);
      }),
    );
  });

  it('keeps one a week for 4 weeks and one a month for 12 months', () => {
    const daily = Array.from({ length: 400 }, (_, i) => addDays('2025-01-01', i)).map((date) => {
      const name = `vaxtkraft-${date.replaceAll('-', '')}-120000.db`;
      return { name, ...parseBackupName(name)!, verified: true };
    });
    const kept = [...backupsToKeep(daily)].sort();
    // 7 days, plus the Sundays of 3 earlier weeks, plus the last days of 11 earlier months (some coincide).
    expect(kept.length).toBeGreaterThanOrEqual(7 + 11);
    expect(kept.length).toBeLessThanOrEqual(23);
    expect(kept).toContain('vaxtkraft-20260204-120000.db');
    expect(kept).toContain('vaxtkraft-20250331-120000.db');
    expect(kept).not.toContain('vaxtkraft-20250228-120000.db');
  });

  it('names ISO weeks by their Thursday', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2026-11-30')).toBe('2026-W49');
  });
});

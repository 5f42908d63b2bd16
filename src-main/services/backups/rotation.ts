/** One backup file as rotation sees it: its name, its Swedish calendar date and a sortable stamp of its moment. */
export interface RotationEntry {
  name: string;
  /** YYYY-MM-DD (Swedish calendar date of the backup). */
  date: string;
  /** Sorts in time order (YYYYMMDD-HHmmss, with a counter for two in one second). */
  stamp: string;
  /** Opened with the key and passed the integrity check when it was written. */
  verified: boolean;
}

/** How many of each kind are kept: the newest backup of each of the last 7 days, 4 ISO weeks and 12 months. */
export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

/** ISO 8601 week of a calendar date, as `YYYY-Www` (the week's Thursday decides its year). */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  day.setUTCDate(day.getUTCDate() - weekday + 3); // that week's Thursday
  const year = day.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The newest entry of each of the first `count` distinct periods, walking from the newest. */
function newestPerPeriod(newestFirst: readonly RotationEntry[], period: (e: RotationEntry) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const entry of newestFirst) {
    const key = period(entry);
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    kept.push(entry.name);
  }
  return kept;
}

/**
 * The verified backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months that have one. The
 * newest verified backup is always among them, so the only verified one is never deleted. Unverified entries are
 * not rotation's business: they are neither kept nor deleted here.
 */
export function backupsToKeep(entries: readonly RotationEntry[]): Set<string> {
  const verified = entries.filter((e) => e.verified).sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
  return new Set([
    ...newestPerPeriod(verified, (e) => e.date, KEEP.daily),
    ...newestPerPeriod(verified, (e) => isoWeek(e.date), KEEP.weekly),
    ...newestPerPeriod(verified, (e) => e.date.slice(0, 7), KEEP.monthly),
  ]);
}

/** The verified backups rotation removes: every verified one not kept. */
export function backupsToDelete(entries: readonly RotationEntry[]): string[] {
  const keep = backupsToKeep(entries);
  return entries.filter((e) => e.verified && !keep.has(e.name)).map((e) => e.name);
}

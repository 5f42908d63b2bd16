/**
 * The one clock. Every "now" and every "today" in the app comes from a `Clock` handed in by the caller (the
 * session in main, the system clock in the renderer, a fixed clock in tests), never from `new Date()` in a rule.
 *
 * "Today" is the calendar date in Sweden (Europe/Stockholm), whatever the machine's own time zone: the programme
 * runs in Swedish time, and a consent given at 00:30 on 1 April is given on 1 April, not on 31 March (UTC).
 */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** The current calendar date in Sweden as YYYY-MM-DD. */
  today(): string;
}

interface SwedishParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SWEDISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function swedishParts(instant: Date): SwedishParts {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: parts['year'] ?? '0000',
    month: parts['month'] ?? '01',
    day: parts['day'] ?? '01',
    hour: parts['hour'] ?? '00',
    minute: parts['minute'] ?? '00',
    second: parts['second'] ?? '00',
  };
}

/** The calendar date in Sweden at `instant`, as YYYY-MM-DD. */
export function swedishDate(instant: Date): string {
  const p = swedishParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The wall-clock time in Sweden at `instant` as YYYYMMDD-HHmmss: for file and folder names. */
export function swedishStamp(instant: Date): string {
  const p = swedishParts(instant);
  return `${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}`;
}

/** The calendar year in Sweden at `instant`. */
export function swedishYear(instant: Date): number {
  return Number(swedishParts(instant).year);
}

/** Calendar arithmetic on YYYY-MM-DD dates (no time of day, so no summer-time surprises). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const at = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((at(to) - at(from)) / 86_400_000);
}

/** A clock from a source of instants: the system's, or a test's controllable one. */
export function clockFrom(now: () => Date): Clock {
  return { now, today: () => swedishDate(now()) };
}

export const systemClock: Clock = clockFrom(() => new Date());

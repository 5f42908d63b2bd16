/** Time with a company is logged in quarter hours, at most a day's worth at a time. */
export const MAX_HOURS_A_DAY = 24;

/** 0.25, 1.5, 2.75: whole quarters of an hour (checked on quarters, so 0.1 + 0.15 rounding noise does not pass). */
export function isQuarterHours(hours: number): boolean {
  return Number.isInteger(hours * 4);
}

/**
 * A calendar date written YYYY-MM-DD that exists (no 2026-02-30). Pure and free of zod, so that the renderer's first
 * load can check dates (lib/dates.ts) without the schema library; api/fields.ts builds its `isoDate` field on it.
 */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // The UTC calendar day of the date built from the parts: a day that does not exist rolls over to another.
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

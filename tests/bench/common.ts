/** What every benchmark reports: `npm run bench -- --json FILE` writes an array of these. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The upper bound, when it names one: printed with the figure as a ratio (under 1 meets it). */
  target?: number;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function roundTo(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

/**
 * SNI (the Swedish NACE). Codes are stored as 2–5 digits together with the SNI version,
 * because SNI 2025 (NACE Rev. 2.1) moved several divisions between sections.
 */
export const SNI_VERSIONS = ['2007', '2025'] as const;
export type SniVersion = (typeof SNI_VERSIONS)[number];

/** Division ranges (first two digits, inclusive) per section. */
const SNI_2007: ReadonlyArray<[string, number, number]> = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

/** NACE Rev. 2.1: J split into J (publishing, broadcasting) and K (telecommunications, IT); later letters shift by one. */
const SNI_2025: ReadonlyArray<[string, number, number]> = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 46, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 60],
  ['K', 61, 63],
  ['L', 64, 66],
  ['M', 68, 68],
  ['N', 69, 75],
  ['O', 77, 82],
  ['P', 84, 84],
  ['Q', 85, 85],
  ['R', 86, 88],
  ['S', 90, 93],
  ['T', 94, 96],
  ['U', 97, 98],
  ['V', 99, 99],
];

export type SniResult = { ok: true; code: string; section: string } | { ok: false };

/** Accepts "62010", "62.010", "62.01" or "62"; returns digits only and the section letter. */
export function parseSni(input: string, version: SniVersion): SniResult {
  const compact = input.trim().replace(/[.\s]/g, '');
  if (!/^\d{2,5}$/.test(compact)) return { ok: false };
  const section = sniSection(compact, version);
  return section ? { ok: true, code: compact, section } : { ok: false };
}

export function sniSection(code: string, version: SniVersion): string | undefined {
  const division = Number(code.slice(0, 2));
  const table = version === '2025' ? SNI_2025 : SNI_2007;
  return table.find(([, lo, hi]) => division >= lo && division <= hi)?.[0];
}

/** "62010" -> "62.010", the way SCB prints it. */
export function formatSni(code: string): string {
  return code.length > 2 ? `${code.slice(0, 2)}.${code.slice(2)}` : code;
}

import { SNI_2007_DIVISIONS, SNI_2007_SECTIONS } from './sni2007';
import { SNI_2025_DIVISIONS, SNI_2025_SECTIONS } from './sni2025';

/**
 * SNI (the Swedish NACE). Codes are stored as 2–5 digits together with the SNI version, because SNI 2025 (NACE
 * Rev. 2.1) moved several divisions between sections and renamed the sections after J: a section letter means
 * different things in the two versions, so the two are never counted together. The lists are data (sni2007.ts,
 * sni2025.ts): a code is valid when its first two digits are a division of its version.
 */
export const SNI_VERSIONS = ['2007', '2025'] as const;
export type SniVersion = (typeof SNI_VERSIONS)[number];

/** A section (one letter) or a division (two digits), with its names. */
export interface SniEntry {
  code: string;
  /** The section a division belongs to; a section's own letter for a section. */
  section: string;
  sv: string;
  en: string;
  level: 'section' | 'division';
}

function entries(
  sections: ReadonlyArray<readonly [string, string, string]>,
  divisions: ReadonlyArray<readonly [string, string, string, string]>,
): SniEntry[] {
  return sections.flatMap(([letter, sv, en]) => [
    { code: letter, section: letter, sv, en, level: 'section' as const },
    ...divisions
      .filter(([, section]) => section === letter)
      .map(([code, section, dsv, den]) => ({ code, section, sv: dsv, en: den, level: 'division' as const })),
  ]);
}

/** Each version's sections, each followed by its divisions, in code order. */
export const SNI_LISTS: Readonly<Record<SniVersion, readonly SniEntry[]>> = {
  '2007': entries(SNI_2007_SECTIONS, SNI_2007_DIVISIONS),
  '2025': entries(SNI_2025_SECTIONS, SNI_2025_DIVISIONS),
};

const BY_CODE: Readonly<Record<SniVersion, ReadonlyMap<string, SniEntry>>> = {
  '2007': new Map(SNI_LISTS['2007'].map((e) => [e.code, e])),
  '2025': new Map(SNI_LISTS['2025'].map((e) => [e.code, e])),
};

/** A section or division of the version by its code ('C', '62'), if it has one. */
export function sniEntry(code: string, version: SniVersion): SniEntry | undefined {
  return BY_CODE[version].get(code);
}

export type SniResult = { ok: true; code: string; section: string } | { ok: false };

/** Accepts "62010", "62.010", "62.01" or "62"; returns digits only and the section letter. */
export function parseSni(input: string, version: SniVersion): SniResult {
  const compact = input.trim().replace(/[.\s]/g, '');
  if (!/^\d{2,5}$/.test(compact)) return { ok: false };
  const section = sniSection(compact, version);
  return section ? { ok: true, code: compact, section } : { ok: false };
}

export function sniSection(code: string, version: SniVersion): string | undefined {
  return BY_CODE[version].get(code.slice(0, 2))?.section;
}

/** "62010" -> "62.010", the way SCB prints it. */
export function formatSni(code: string): string {
  return code.length > 2 ? `${code.slice(0, 2)}.${code.slice(2)}` : code;
}

/** "62 Dataprogrammering, …": an entry as the code list shows it, in the UI language. */
export function sniLabel(entry: SniEntry, language: string): string {
  return `${entry.code} ${language === 'sv' ? entry.sv : entry.en}`;
}

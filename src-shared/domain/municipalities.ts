/** The 22 municipalities of Örebro län and Västmanlands län with their SCB kommunkod. */
export interface Municipality {
  code: string;
  name: string;
  county: 'orebro' | 'vastmanland';
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { code: '1814', name: 'Lekeberg', county: 'orebro' },
  { code: '1860', name: 'Laxå', county: 'orebro' },
  { code: '1861', name: 'Hallsberg', county: 'orebro' },
  { code: '1862', name: 'Degerfors', county: 'orebro' },
  { code: '1863', name: 'Hällefors', county: 'orebro' },
  { code: '1864', name: 'Ljusnarsberg', county: 'orebro' },
  { code: '1880', name: 'Örebro', county: 'orebro' },
  { code: '1881', name: 'Kumla', county: 'orebro' },
  { code: '1882', name: 'Askersund', county: 'orebro' },
  { code: '1883', name: 'Karlskoga', county: 'orebro' },
  { code: '1884', name: 'Nora', county: 'orebro' },
  { code: '1885', name: 'Lindesberg', county: 'orebro' },
  { code: '1904', name: 'Skinnskatteberg', county: 'vastmanland' },
  { code: '1907', name: 'Surahammar', county: 'vastmanland' },
  { code: '1960', name: 'Kungsör', county: 'vastmanland' },
  { code: '1961', name: 'Hallstahammar', county: 'vastmanland' },
  { code: '1962', name: 'Norberg', county: 'vastmanland' },
  { code: '1980', name: 'Västerås', county: 'vastmanland' },
  { code: '1981', name: 'Sala', county: 'vastmanland' },
  { code: '1982', name: 'Fagersta', county: 'vastmanland' },
  { code: '1983', name: 'Köping', county: 'vastmanland' },
  { code: '1984', name: 'Arboga', county: 'vastmanland' },
];

/** Marks a company outside the region; its municipality name is then stored as free text. */
export const OTHER_MUNICIPALITY = 'other';

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export function municipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code);
}

export function isRegionMunicipality(code: string): boolean {
  return byCode.has(code);
}

/** Codes of the region's municipalities whose name contains the query (case- and accent-insensitive on å/ä/ö stays exact). */
export function municipalityCodesMatching(query: string): string[] {
  const q = query.trim().toLocaleLowerCase('sv');
  if (!q) return [];
  return MUNICIPALITIES.filter((m) => m.name.toLocaleLowerCase('sv').includes(q)).map((m) => m.code);
}

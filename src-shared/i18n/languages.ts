export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Swedish if the system asks for Swedish, else English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^sv\b/i.test(locale.replace('_', '-')) ? 'sv' : 'en';
}

import type { BilingualText } from './frameworks';
import type { Language } from '../i18n/languages';

/**
 * Texts that the app wrote for the advisor in the screen's language and that a printed document must give in its own
 * language when the advisor left them as they were: an activity's title taken from a suggestion, and a goal whose
 * description only names its kind. Edited text is the advisor's own and prints as written.
 */

/** The title of a suggested activity: "Course: Digital marketing" / "Kurs: Digital marknadsföring". */
export function suggestionTitle(typeName: string, competenceName: string): string {
  return `${typeName}: ${competenceName}`;
}

/** An accepted suggestion's title in `language` when it is still the suggested one (in either language), else as written. */
export function titleInLanguage(title: string, type: BilingualText | null, competence: BilingualText | null, language: Language): string {
  if (!type || !competence) return title;
  const suggested = (l: Language) => suggestionTitle(type[l], competence[l]);
  return title === suggested('sv') || title === suggested('en') ? suggested(language) : title;
}

/** "Omsättning (tkr)" → "omsättning": a description without its unit in brackets, for comparing with a kind's names. */
const bare = (text: string) =>
  text
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .toLocaleLowerCase('sv');

/** Whether a goal's description only names its kind (in any language, a unit in brackets aside): print the kind instead. */
export function labelNamesKind(label: string | null, kindNames: readonly string[]): boolean {
  if (label === null) return true;
  const own = bare(label);
  return kindNames.some((name) => bare(name) === own);
}

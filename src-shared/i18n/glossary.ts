import type { Language } from './languages';
import type { GlossaryTerm } from './glossaryTerm';
import { ASSESSMENT_TERMS } from './glossaryAssessment';
import { PROGRAMME_TERMS } from './glossaryProgramme';

export type { GlossaryEntry, GlossaryTerm } from './glossaryTerm';

/** Every concept of the glossary (the header of glossaryTerm.ts says how `avoid` matches). */
export const GLOSSARY = [...ASSESSMENT_TERMS, ...PROGRAMME_TERMS] as const;

export type GlossaryId = (typeof GLOSSARY)[number]['id'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const apostrophes = (s: string) => s.replace(/[’‘]/g, "'");

/** One `avoid` entry as a whole-word, case-insensitive pattern. */
export function avoidPattern(avoid: string): RegExp {
  const open = avoid.endsWith('*');
  const words = apostrophes(open ? avoid.slice(0, -1) : avoid)
    .trim()
    .split(/\s+/)
    .map(escape);
  const end = open ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}${end}`, 'giu');
}

export interface AvoidedTerm {
  readonly concept: string;
  /** The avoided entry that matched, and what it matched in the text. */
  readonly avoid: string;
  readonly found: string;
}

/** Every avoided word or phrase in `text` (a text in `lang`), with the concept whose term should be used instead. */
export function avoidedTermsIn(text: string, lang: Language): AvoidedTerm[] {
  const plain = apostrophes(text);
  const found: AvoidedTerm[] = [];
  for (const concept of GLOSSARY) {
    const terms: GlossaryTerm = concept[lang];
    for (const avoid of terms.avoid) {
      for (const match of plain.matchAll(avoidPattern(avoid))) found.push({ concept: concept.id, avoid, found: match[0] });
    }
    for (const alone of terms.avoidAlone ?? []) {
      const whole = plain.trim().toLocaleLowerCase(lang) === alone.toLocaleLowerCase(lang);
      if (whole) found.push({ concept: concept.id, avoid: alone, found: plain });
    }
  }
  return found;
}

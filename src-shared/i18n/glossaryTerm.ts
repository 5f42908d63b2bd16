import type { Language } from './languages';

/**
 * One word per concept, in each language. Every text the app shows (the locale files, the frameworks' texts, the
 * printed documents) uses these terms and none of the words in `avoid`; tests/unit/glossary.test.ts checks that.
 * New text: take the term (or one of its `forms`) from here.
 *
 * `avoid` lists words and phrases a reader would take for a second concept. Matching is by whole word, case-insensitive,
 * with any whitespace between the words of a phrase; a trailing `*` also catches longer words (Swedish compounds and
 * inflections: `kartläggning*` catches "kartläggningen" and "kartläggningsomgång"). `avoidAlone` lists labels that are
 * wrong when they are a text's whole value (a column called "Själv") but fine inside a sentence.
 */
export interface GlossaryTerm {
  /** The term as written inside a sentence (a label capitalises its first letter). */
  readonly term: string;
  /** The other forms the texts need: Swedish definite and plural forms, English plurals and verbs. */
  readonly forms: readonly string[];
  readonly definition: string;
  readonly avoid: readonly string[];
  readonly avoidAlone?: readonly string[];
}

export type GlossaryEntry = { readonly id: string } & Record<Language, GlossaryTerm>;

/** One concept; the data files use it so that each entry reads as id, Swedish, English. */
export const entry = <Id extends string>(id: Id, sv: GlossaryTerm, en: GlossaryTerm) => ({ id, sv, en }) satisfies GlossaryEntry;

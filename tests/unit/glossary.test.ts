import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, sv, LANGUAGES, type Language } from '@shared/i18n';
import { GLOSSARY, avoidPattern, avoidedTermsIn } from '@shared/i18n/glossary';

// One vocabulary (issue 17): no text the app shows may use a word the glossary avoids, in either language.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

/**
 * Places where an avoided word is legitimately something else. The phrase is blanked out before the check; keep this
 * list short and give each case its reason.
 */
const ALLOWED: ReadonlyArray<{ lang: Language; key?: string; phrase: RegExp; reason: string }> = [
  { lang: 'en', phrase: /\bto store\b/gi, reason: '“consent to store data”: the verb, not the database' },
  { lang: 'en', phrase: /\bstore it\b/gi, reason: '“store it safely” (the participant list file): the verb' },
  {
    lang: 'sv',
    key: 'frameworks/',
    phrase: /\bleverantör\p{L}*/giu,
    reason: 'a company’s suppliers of goods in the frameworks’ questions, not the provider of an activity',
  },
  {
    lang: 'en',
    key: 'frameworks/',
    phrase: /\bsuppliers?\b/gi,
    reason: 'a company’s suppliers of goods in the frameworks’ questions, not the provider of an activity',
  },
  {
    lang: 'sv',
    key: 'frameworks/situation-assessment.v1.json',
    phrase: /en kartläggning av vad varje person kan/g,
    reason: 'the company’s own survey of its skills (a level of a published framework version), not an assessment round',
  },
];

function problems(entries: ReadonlyArray<[string, string]>, lang: Language): string[] {
  return entries.flatMap(([key, value]) => {
    const text = ALLOWED.filter((a) => a.lang === lang && (a.key === undefined || key.startsWith(a.key))).reduce(
      (t, a) => t.replace(a.phrase, ' '),
      value,
    );
    return avoidedTermsIn(text, lang).map((f) => `${key}: “${f.found}” (${f.concept}: not “${f.avoid}”) in “${value}”`);
  });
}

const locales: Record<Language, Array<[string, string]>> = {
  sv: flatten(sv as unknown as Tree),
  en: flatten(en as unknown as Tree),
};

/** Every `{ sv, en }` text in a framework or catalogue file, with its path. */
function bilingualTexts(node: unknown, path: string, out: Record<Language, Array<[string, string]>>): void {
  if (Array.isArray(node)) node.forEach((n, i) => bilingualTexts(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.sv === 'string' && typeof o.en === 'string') {
      out.sv.push([path, o.sv]);
      out.en.push([path, o.en]);
    } else for (const [k, v] of Object.entries(o)) bilingualTexts(v, `${path}.${k}`, out);
  }
}

const RESOURCES = fileURLToPath(new URL('../../resources/', import.meta.url));
const frameworkTexts: Record<Language, Array<[string, string]>> = { sv: [], en: [] };
for (const folder of ['frameworks', 'catalogues']) {
  for (const file of readdirSync(join(RESOURCES, folder)).filter((f) => f.endsWith('.json'))) {
    bilingualTexts(JSON.parse(readFileSync(join(RESOURCES, folder, file), 'utf8')), `${folder}/${file}`, frameworkTexts);
  }
}

/** The printed documents: their namespaces in the locale files, and any text written into the print components. */
const PRINT_NAMESPACES = ['print.', 'businessCheck.', 'plans.print.', 'passport.', 'rights.print.', 'reports.about.'];
const PRINT_DIR = fileURLToPath(new URL('../../src-renderer/print/', import.meta.url));
const printSourceTexts = readdirSync(PRINT_DIR)
  .filter((f) => f.endsWith('.tsx'))
  .flatMap((file) =>
    [...readFileSync(join(PRINT_DIR, file), 'utf8').matchAll(/>([^<>{}]*\p{L}{2}[^<>{}]*)</gu)].map(
      (m) => [`src-renderer/print/${file}`, m[1] ?? ''] as [string, string],
    ),
  );

describe('the glossary', () => {
  it('names each concept once, in Swedish and English, with a definition in each', () => {
    const ids = GLOSSARY.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of GLOSSARY) {
      for (const lang of LANGUAGES) {
        expect(concept[lang].term.trim(), `${concept.id}.${lang}`).not.toBe('');
        expect(concept[lang].definition.trim(), `${concept.id}.${lang}`).not.toBe('');
      }
    }
  });

  it('covers the concepts issue 17 names', () => {
    const ids: readonly string[] = GLOSSARY.map((c) => c.id);
    for (const id of [
      'round',
      'baseline',
      'followUp',
      'situationAssessment',
      'visionAndGoals',
      'competenceAnalysis',
      'businessArea',
      'currentLevel',
      'targetLevel',
      'gap',
      'selfAssessment',
      'advisorRating',
      'developmentPlan',
      'activity',
      'provider',
      'participant',
      'participantHours',
      'activityHours',
      'database',
      'backup',
      'externalReport',
      'internalReport',
      'office',
      'exchangeFile',
      'consent',
      'opensInNewWindow',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('never avoids its own terms, and its definitions use none of the avoided words', () => {
    for (const concept of GLOSSARY) {
      for (const lang of LANGUAGES) {
        for (const word of [concept[lang].term, ...concept[lang].forms, concept[lang].definition]) {
          expect(avoidedTermsIn(word, lang), `${concept.id}.${lang}: ${word}`).toEqual([]);
        }
      }
    }
  });

  it('matches whole words, inflections only where asked, and phrases across spaces', () => {
    expect(avoidPattern('lager').test('Skapa krypterat lager')).toBe(true);
    expect(avoidPattern('lager').test('Lagerhållning och logistik')).toBe(false);
    expect(avoidPattern('lager').test('ett Växtkraft-lager')).toBe(true);
    expect(avoidPattern('kartläggning*').test('Kartläggningsomgången hittades inte')).toBe(true);
    expect(avoidPattern('kartläggning*').test('kompetenskartläggning')).toBe(false);
    expect(avoidPattern('önskad nivå').test('på önskad\nnivå')).toBe(true);
    expect(avoidPattern('new tab').test('a new table')).toBe(false);
    expect(avoidedTermsIn('Rådgivarens nivå', 'sv')).toHaveLength(1);
    expect(avoidedTermsIn('Själv', 'sv')).toHaveLength(1);
    expect(avoidedTermsIn('skattar sig själv', 'sv')).toEqual([]);
    expect(avoidedTermsIn('The advisor’s level', 'en')).toHaveLength(1);
  });
});

describe.each(LANGUAGES)('one vocabulary in %s', (lang) => {
  it('every locale value', () => {
    expect(problems(locales[lang], lang)).toEqual([]);
  });

  it('the frameworks’ and catalogues’ texts (areas, questions, competences, level descriptions)', () => {
    expect(frameworkTexts[lang].length).toBeGreaterThan(100);
    expect(problems(frameworkTexts[lang], lang)).toEqual([]);
  });

  it('the printed documents’ texts', () => {
    const print = locales[lang].filter(([key]) => PRINT_NAMESPACES.some((ns) => key.startsWith(ns)));
    expect(print.length).toBeGreaterThan(50);
    expect(problems([...print, ...printSourceTexts], lang)).toEqual([]);
  });
});

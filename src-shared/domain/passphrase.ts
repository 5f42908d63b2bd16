import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { SWEDISH_DICTIONARIES } from './passphraseWords';

/**
 * The one rule for a passphrase being chosen (the store's at first run or on a change, an exchange file's): at least
 * MIN_PASSPHRASE_LENGTH characters, counted as the person typing it counts them (code points, so 'å' or an emoji is
 * one), and hard enough to guess by zxcvbn's estimate (MIN_PASSPHRASE_SCORE: about 10^8 guesses or more) with its
 * common and English dictionaries and a Swedish one. Length alone says little: `aaaaaaaaaa`, `1234567890` and
 * `lösenord123` are ten characters and among the first an attacker tries. The contract's schemas, the screens' checks
 * and the strength meter all ask judgePassphrase.
 */
export const MIN_PASSPHRASE_LENGTH = 10;
export const MIN_PASSPHRASE_SCORE = 3;

/** zxcvbn's warnings, each with its own message under `errors.field.passphraseWeak.` (never zxcvbn's English). */
export const PASSPHRASE_WARNINGS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
] as const;
export type PassphraseWarning = (typeof PASSPHRASE_WARNINGS)[number];

/** Why a passphrase is refused: too short, one of zxcvbn's warnings, or simply guessable (no more specific reason). */
export type PassphraseReason = 'short' | 'guessable' | PassphraseWarning;

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseVerdict {
  acceptable: boolean;
  score: PassphraseScore;
  /** Null when acceptable. */
  reason: PassphraseReason | null;
}

export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };

/** Each list with the spellings an advisor types on a keyboard without å, ä and ö added after it. */
function withFoldedSpellings(words: readonly string[]): string[] {
  const folded = words.map((w) => w.replace(/[åäö]/g, (ch) => FOLD[ch] ?? ch)).filter((w, i) => w !== words[i]);
  return [...new Set([...words, ...folded])];
}

let estimator: ZxcvbnFactory | null = null;

/** Built on first use (ranking the dictionaries takes a moment), then kept: the dictionaries are loaded once. */
function zxcvbn(): ZxcvbnFactory {
  if (!estimator) {
    const swedish = Object.fromEntries(Object.entries(SWEDISH_DICTIONARIES).map(([name, list]) => [name, withFoldedSpellings(list)]));
    // The default translations are zxcvbn's own keys: the warning comes back as a key, translated by our locales.
    estimator = new ZxcvbnFactory({ dictionary: { ...commonDictionary, ...englishDictionary, ...swedish }, graphs: adjacencyGraphs });
  }
  return estimator;
}

const WARNINGS: ReadonlySet<string> = new Set(PASSPHRASE_WARNINGS);

/** Keeps no copy of the passphrase (a screen that asks often memoises the verdict itself). */
export function judgePassphrase(passphrase: string): PassphraseVerdict {
  const result = zxcvbn().check(passphrase);
  const score = result.score as PassphraseScore;
  const warning = result.feedback.warning;
  let reason: PassphraseReason | null = null;
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) reason = 'short';
  else if (score < MIN_PASSPHRASE_SCORE) reason = warning && WARNINGS.has(warning) ? (warning as PassphraseWarning) : 'guessable';
  return { acceptable: reason === null, score, reason };
}

export function isAcceptablePassphrase(passphrase: string): boolean {
  return judgePassphrase(passphrase).acceptable;
}

/** The key under `errors.field.` that says why a passphrase is refused. */
export function passphraseReasonKey(reason: PassphraseReason): string {
  return reason === 'short' ? 'passphraseShort' : `passphraseWeak.${reason}`;
}

export type StrengthLevel = 'weak' | 'fair' | 'good' | 'strong';

/** For the meter: refused is always weak; an acceptable one is good, or strong at zxcvbn's top score. */
export function passphraseStrength(passphrase: string): { level: StrengthLevel; percent: number; verdict: PassphraseVerdict } {
  const verdict = judgePassphrase(passphrase);
  let level: StrengthLevel;
  if (verdict.acceptable) level = verdict.score === 4 ? 'strong' : 'good';
  else level = verdict.score >= 2 && verdict.reason !== 'short' ? 'fair' : 'weak';
  const percent = passphrase.length === 0 ? 0 : { weak: 20, fair: 50, good: 75, strong: 100 }[level];
  return { level, percent, verdict };
}

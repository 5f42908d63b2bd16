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

/** What estimates a passphrase's guessability: zxcvbn with its dictionaries (see passphraseEstimator.ts). */
export interface PassphraseEstimator {
  check(passphrase: string): { score: number; feedback: { warning: string | null } };
}

let estimator: PassphraseEstimator | null = null;
let loading: Promise<void> | null = null;

/** Called by passphraseEstimator.ts when it is imported: the main process imports it with the router. */
export function setPassphraseEstimator(value: PassphraseEstimator): void {
  estimator = value;
}

export function passphraseEstimatorLoaded(): boolean {
  return estimator !== null;
}

/**
 * Loads the estimator once. Its dictionaries are about 1.5 MB, so the renderer loads them only on a screen where a
 * new passphrase is chosen (the overview, the unlock screen and the rest never do).
 */
export function loadPassphraseEstimator(): Promise<void> {
  loading ??= import('./passphraseEstimator').then(() => undefined);
  return loading;
}

function zxcvbn(): PassphraseEstimator {
  if (!estimator) throw new Error('The passphrase estimator is not loaded: import passphraseEstimator or await loadPassphraseEstimator()');
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

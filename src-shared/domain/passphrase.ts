/**
 * The one rule for a passphrase being chosen (the store's at first run or on a change, an exchange file's): at least
 * MIN_PASSPHRASE_LENGTH characters, counted as the person typing it counts them (code points, so 'å' or an emoji is
 * one). The contract's schemas, the screens' checks and the strength meter all ask these functions.
 */
export const MIN_PASSPHRASE_LENGTH = 10;

export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

export function isLongEnoughPassphrase(passphrase: string): boolean {
  return passphraseLength(passphrase) >= MIN_PASSPHRASE_LENGTH;
}

export type StrengthLevel = 'weak' | 'fair' | 'good' | 'strong';
export type StrengthHint = 'hintLength' | 'hintVariety' | 'hintGood';

const CHARACTER_CLASSES = [/[a-zåäö]/, /[A-ZÅÄÖ]/, /\d/, /[^a-zA-ZåäöÅÄÖ\d]/];

/** A rough, explainable estimate from length and variety of characters (no dictionary); too short is always weak. */
export function passphraseStrength(passphrase: string): { level: StrengthLevel; percent: number; hint: StrengthHint } {
  const length = passphraseLength(passphrase);
  const classes = CHARACTER_CLASSES.filter((re) => re.test(passphrase)).length;
  let level: StrengthLevel;
  if (!isLongEnoughPassphrase(passphrase)) level = 'weak';
  else if (length >= 24 || (length >= 16 && classes >= 3)) level = 'strong';
  else if (length >= 20 || (length >= 14 && classes >= 2)) level = 'good';
  else level = 'fair';
  const percent = { weak: 20, fair: 50, good: 75, strong: 100 }[level];
  const hint: StrengthHint = level === 'weak' ? 'hintLength' : level === 'fair' ? 'hintVariety' : 'hintGood';
  return { level, percent: length === 0 ? 0 : percent, hint };
}

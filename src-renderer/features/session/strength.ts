import { MIN_PASSPHRASE_LENGTH } from '@shared/api/session';

export type StrengthLevel = 'weak' | 'fair' | 'good' | 'strong';
export type StrengthHint = 'hintLength' | 'hintVariety' | 'hintGood';

/** A rough, explainable estimate from length and variety of characters (no dictionary). */
export function passphraseStrength(passphrase: string): { level: StrengthLevel; percent: number; hint: StrengthHint } {
  const length = [...passphrase].length;
  const classes = [/[a-zåäö]/, /[A-ZÅÄÖ]/, /\d/, /[^a-zA-ZåäöÅÄÖ\d]/].filter((re) => re.test(passphrase)).length;
  let level: StrengthLevel;
  if (length < MIN_PASSPHRASE_LENGTH) level = 'weak';
  else if (length >= 24 || (length >= 16 && classes >= 3)) level = 'strong';
  else if (length >= 20 || (length >= 14 && classes >= 2)) level = 'good';
  else level = 'fair';
  const percent = { weak: 20, fair: 50, good: 75, strong: 100 }[level];
  const hint: StrengthHint =
    length < MIN_PASSPHRASE_LENGTH ? 'hintLength' : level === 'fair' ? 'hintVariety' : 'hintGood';
  return { level, percent: length === 0 ? 0 : percent, hint };
}

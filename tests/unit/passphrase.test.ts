import { describe, expect, it } from 'vitest';
import { exchangeExportSchema } from '@shared/api/exchange';
import { sessionApi } from '@shared/api/session';
import { isLongEnoughPassphrase, MIN_PASSPHRASE_LENGTH, passphraseStrength } from '@shared/domain/passphrase';

const TEN = 'abcdefghij';
const NINE_AND_AN_EMOJI = 'abcdefghi😀';

describe('the passphrase rule', () => {
  it('counts characters as typed: an emoji or å is one', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(10);
    expect(isLongEnoughPassphrase(TEN)).toBe(true);
    expect(isLongEnoughPassphrase(TEN.slice(1))).toBe(false);
    expect(isLongEnoughPassphrase(NINE_AND_AN_EMOJI)).toBe(true);
    expect(isLongEnoughPassphrase('😀'.repeat(5))).toBe(false);
    expect(isLongEnoughPassphrase('åäöåäöåäöå')).toBe(true);
  });

  it('is the rule of every schema that takes a new passphrase: first run, change, exchange export', () => {
    const create = (p: string) => sessionApi['session.create'].input.safeParse({ passphrase: p, confirmation: p }).success;
    const change = (p: string) =>
      sessionApi['session.changePassphrase'].input.safeParse({ current: 'old', passphrase: p, confirmation: p }).success;
    const exportFile = (p: string) => exchangeExportSchema.safeParse({ companyIds: 'all', passphrase: p, confirmation: p }).success;
    for (const p of [TEN, TEN.slice(1), NINE_AND_AN_EMOJI, '😀'.repeat(5), '']) {
      const expected = isLongEnoughPassphrase(p);
      expect([create(p), change(p), exportFile(p)], p).toEqual([expected, expected, expected]);
    }
  });

  it('rates too short as weak whatever its variety, then by length and variety', () => {
    expect(passphraseStrength('')).toEqual({ level: 'weak', percent: 0, hint: 'hintLength' });
    expect(passphraseStrength('Aa1!Aa1!Å')).toEqual({ level: 'weak', percent: 20, hint: 'hintLength' });
    expect(passphraseStrength(TEN)).toEqual({ level: 'fair', percent: 50, hint: 'hintVariety' });
    expect(passphraseStrength('abcdefghijklM3')).toMatchObject({ level: 'good', hint: 'hintGood' });
    expect(passphraseStrength('Korrekt häst batteri 9')).toMatchObject({ level: 'strong', percent: 100 });
    expect(passphraseStrength('x'.repeat(24)).level).toBe('strong');
  });
});

import { describe, expect, it } from 'vitest';
import { exchangeExportSchema } from '@shared/api/exchange';
import { sessionApi } from '@shared/api/session';
import {
  isAcceptablePassphrase,
  judgePassphrase,
  MIN_PASSPHRASE_LENGTH,
  PASSPHRASE_WARNINGS,
  passphraseReasonKey,
  passphraseStrength,
} from '@shared/domain/passphrase';
import { SWEDISH_DICTIONARIES } from '@shared/domain/passphraseWords';
import { createI18n } from '@shared/i18n';

/** Ten characters or more, yet among the first an attacker tries. */
const GUESSABLE = ['aaaaaaaaaa', '1234567890', 'lösenord123', 'losenord123', 'Välkommen123', 'sommar2024!', 'qwertyuiop', 'abcdefghij'];
const STRONG = ['correct horse battery staple', 'Korrekt häst batteri 9', 'fyra ord som ingen gissar', 'kontorets egen lösenfras'];

describe('the passphrase rule', () => {
  it('refuses ten-character passphrases an attacker tries first, with a reason', () => {
    expect(judgePassphrase('aaaaaaaaaa')).toMatchObject({ acceptable: false, reason: 'simpleRepeat' });
    expect(judgePassphrase('1234567890')).toMatchObject({ acceptable: false, reason: 'topHundred' });
    expect(judgePassphrase('lösenord123').acceptable).toBe(false);
    for (const p of GUESSABLE) {
      expect([...p].length, p).toBeGreaterThanOrEqual(MIN_PASSPHRASE_LENGTH);
      expect(isAcceptablePassphrase(p), p).toBe(false);
    }
  });

  it('accepts passphrases of a few uncommon words', () => {
    for (const p of STRONG) expect(judgePassphrase(p), p).toMatchObject({ acceptable: true, reason: null });
  });

  it('knows Swedish passwords and words, also spelt without å, ä and ö', () => {
    expect(SWEDISH_DICTIONARIES['passwords-sv']!.length + SWEDISH_DICTIONARIES['commonWords-sv']!.length).toBeGreaterThan(300);
    for (const p of ['lösenordet1', 'valkommen2025', 'Hemligt!2024', 'sommarvinter']) expect(isAcceptablePassphrase(p), p).toBe(false);
  });

  it('counts characters as typed: too short is refused whatever the estimate', () => {
    expect(judgePassphrase('Xq#9vL!2zR')).toMatchObject({ acceptable: true });
    expect(judgePassphrase('Xq#9vL!2z')).toMatchObject({ acceptable: false, reason: 'short' });
    expect(judgePassphrase('😀'.repeat(5))).toMatchObject({ acceptable: false, reason: 'short' });
  });

  it('is the rule of every schema that takes a new passphrase: first run, change, exchange export', () => {
    const create = (p: string) => sessionApi['session.create'].input.safeParse({ passphrase: p, confirmation: p });
    const change = (p: string) =>
      sessionApi['session.changePassphrase'].input.safeParse({ current: 'old', passphrase: p, confirmation: p });
    const exportFile = (p: string) => exchangeExportSchema.safeParse({ companyIds: 'all', passphrase: p, confirmation: p });
    for (const p of [...GUESSABLE, ...STRONG, 'kort', '']) {
      const expected = isAcceptablePassphrase(p);
      const results = [create(p), change(p), exportFile(p)];
      expect(
        results.map((r) => r.success),
        p,
      ).toEqual([expected, expected, expected]);
      if (!expected && p) {
        const message = passphraseReasonKey(judgePassphrase(p).reason!);
        for (const r of results)
          expect(
            r.error?.issues.map((i) => i.message),
            p,
          ).toContain(message);
      }
    }
  });

  it('gives every reason a message of its own in Swedish and English, never zxcvbn’s English', () => {
    for (const language of ['sv', 'en'] as const) {
      const i18n = createI18n(language);
      for (const reason of ['short', 'guessable', ...PASSPHRASE_WARNINGS] as const) {
        const key = `errors.field.${passphraseReasonKey(reason)}`;
        expect(i18n.exists(key), `${language} ${key}`).toBe(true);
      }
    }
    const sv = createI18n('sv');
    expect(sv.t(`errors.field.${passphraseReasonKey(judgePassphrase('1234567890').reason!)}`)).toMatch(/vanligt lösenord/);
  });

  it('drives the meter: refused is weak or fair, accepted good or strong', () => {
    expect(passphraseStrength('')).toMatchObject({ level: 'weak', percent: 0 });
    expect(passphraseStrength('aaaaaaaaaa').level).toBe('weak');
    expect(passphraseStrength('correct horse battery staple')).toMatchObject({ level: 'strong', percent: 100 });
    for (const p of GUESSABLE) expect(['weak', 'fair'], p).toContain(passphraseStrength(p).level);
  });
});

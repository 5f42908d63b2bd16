import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StrengthMeter } from '../../src-renderer/features/session/StrengthMeter';
import { i18n } from '../../src-renderer/lib/i18n';
import { en } from '@shared/i18n';
import { renderInApp } from './render';

/** The meter says why a passphrase is refused, in the advisor's language, from the domain's one rule. */
describe('the strength meter', () => {
  afterEach(async () => {
    await i18n().changeLanguage('en');
  });

  it('gives the reason for a common password in English and in Swedish', async () => {
    await i18n().changeLanguage('en');
    const { rerender } = renderInApp(<StrengthMeter passphrase="1234567890" />);
    const hint = screen.getByTestId('passphrase-strength');
    expect(hint.dataset['level']).toBe('weak');
    expect(hint.textContent).toContain(en.errors.field.passphraseWeak.topHundred);
    await i18n().changeLanguage('sv');
    rerender(<StrengthMeter passphrase="lösenord123" />);
    expect(screen.getByTestId('passphrase-strength').textContent).toMatch(/vanligt lösenord|lätt att gissa/);
    expect(screen.getByTestId('passphrase-strength').textContent).not.toMatch(/common|guess/i);
  });

  it('says a passphrase of a few uncommon words is good', () => {
    renderInApp(<StrengthMeter passphrase="Korrekt häst batteri 9" />);
    const hint = screen.getByTestId('passphrase-strength');
    expect(hint.dataset['level']).toBe('strong');
    expect(hint.textContent).toContain(en.session.create.strength.hintGood);
  });
});

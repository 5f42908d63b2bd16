import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src-renderer/lib/i18n';
import { PassphraseInput } from '../../src-renderer/lib/PassphraseInput';
import { themeFor } from '../../src-renderer/theme';

/** The app's providers with its theme in Swedish, as main.tsx builds it. */
function renderSwedish(ui: React.ReactElement) {
  const t = i18n().getFixedT('sv');
  const theme = themeFor({ close: t('common.close'), clear: t('common.clear'), showHide: t('common.showHidePassphrase') });
  return render(
    <I18nextProvider i18n={i18n()}>
      <MantineProvider env="test" theme={theme}>
        {ui}
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('passphrase fields', () => {
  it('are marked aria-invalid while an error shows, and not otherwise', () => {
    const { rerender } = renderSwedish(<PassphraseInput label="Lösenfras" error="Fel lösenfras" />);
    expect(screen.getByLabelText('Lösenfras').getAttribute('aria-invalid')).toBe('true');
    rerender(
      <I18nextProvider i18n={i18n()}>
        <MantineProvider env="test">
          <PassphraseInput label="Lösenfras" />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(screen.getByLabelText('Lösenfras').getAttribute('aria-invalid')).toBeNull();
  });

  it('name the show/hide button in the app’s language', () => {
    renderSwedish(<PassphraseInput label="Lösenfras" />);
    expect(screen.getByRole('button', { name: 'Visa eller dölj lösenfrasen' })).toBeTruthy();
  });
});

import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { AppDatesProvider } from '../../src-renderer/lib/AppDatesProvider';
import { i18n } from '../../src-renderer/lib/i18n';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n()}>
      <MantineProvider env="test">
        <AppDatesProvider>{children}</AppDatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** Renders inside the app's providers (Mantine, the real i18n instance). */
export function renderInApp(ui: ReactElement) {
  return render(ui, { wrapper: Providers });
}

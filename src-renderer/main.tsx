import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { captureToken, invoke } from './api/client';
import { initI18n } from './lib/i18n';
import { languageFromLocale } from '@shared/i18n';
import { useSession } from './features/session/store';
import { App } from './App';
import { AppDatesProvider } from './lib/AppDatesProvider';
import { cssVariablesResolver, themeFor } from './theme';

function ThemedProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // `t` is a new function when the language changes, so the labels follow it.
  const theme = useMemo(
    () => themeFor({ close: t('common.close'), clear: t('common.clear'), showHide: t('common.showHidePassphrase') }),
    [t],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <AppDatesProvider>{children}</AppDatesProvider>
    </MantineProvider>
  );
}

async function start() {
  await captureToken();
  // The language is known before the first paint, so nothing flashes in the wrong language.
  let language = languageFromLocale(navigator.language);
  try {
    const status = await invoke('session.status', {});
    useSession.getState().setStatus(status);
    language = status.language ?? status.systemLanguage;
  } catch {
    // App shows its own loading state and retries.
  }
  const i18n = initI18n(language);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ThemedProvider>
          <Notifications position="bottom-right" />
          <App />
        </ThemedProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();

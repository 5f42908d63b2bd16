import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { captureToken, invoke } from './api/client';
import { initI18n } from './lib/i18n';
import { languageFromLocale } from './shared/i18n';
import { useSession } from './features/session/store';
import { App } from './App';
import { cssVariablesResolver, theme } from './theme';

async function start() {
  captureToken();
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
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <Notifications position="bottom-right" />
          <App />
        </MantineProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();

import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { useSession } from '../features/session/store';
import { LANGUAGES } from '@shared/i18n';
import type { Language } from '@shared/i18n';

function asLanguage(value: string): Language {
  return (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en';
}

/** Switches every label at once (no reload) and remembers the choice for the next start. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage ?? i18n.language);
  return {
    language,
    async change(next: Language) {
      await i18n.changeLanguage(next);
      document.documentElement.lang = next;
      try {
        useSession.getState().setStatus(await invoke('session.setLanguage', { language: next }));
      } catch {
        // The switch already happened on screen; only remembering it failed, and the next switch retries.
      }
    },
  };
}

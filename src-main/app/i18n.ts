import { createInstance } from 'i18next';
import type { TFunction } from 'i18next';
import type { Language } from '@shared/i18n/languages';
import { resources } from '@shared/i18n/resources';

/** Main's own translator, for the menu and the native dialogs shown before (or without) the renderer. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function createTranslator(language: Language): Translate {
  const i18n = createInstance();
  // Resources are in memory, so with initAsync off the instance is ready when init returns.
  void i18n.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const t = i18n.t.bind(i18n) as TFunction;
  return (key, params) => String(t(key, params ?? {}));
}

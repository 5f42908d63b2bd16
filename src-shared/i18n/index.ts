import i18next from 'i18next';
import type { i18n as I18n, Module } from 'i18next';
import { resources } from './resources';
import type { Language } from './languages';

export { LANGUAGES, languageFromLocale } from './languages';
export type { Language } from './languages';
export { resources, en, sv } from './resources';

/**
 * A ready i18next instance: the resources are bundled, so it initialises synchronously and can be used at once
 * (by the renderer with react-i18next passed in `modules`, and by main for menus, PDFs and exports).
 */
export function createI18n(language: Language, modules: Module[] = []): I18n {
  const instance = i18next.createInstance();
  for (const module of modules) instance.use(module);
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['sv', 'en'],
    resources,
    initAsync: false,
    returnNull: false,
    // React escapes on its own; main-side users render text, not HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}

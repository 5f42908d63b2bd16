import { initReactI18next } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '@shared/i18n';
import type { Language } from '@shared/i18n';

let instance: I18n | null = null;

export function initI18n(language: Language): I18n {
  instance = createI18n(language, [initReactI18next]);
  document.documentElement.lang = language;
  return instance;
}

/** The app's i18next instance, for code outside components (stores, notifications). */
export function i18n(): I18n {
  if (!instance) throw new Error('i18n not initialised');
  return instance;
}

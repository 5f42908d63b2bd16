import 'i18next';
import type { en } from '@shared/i18n/resources';

// Types from the English locale: a missing or misspelt key is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}

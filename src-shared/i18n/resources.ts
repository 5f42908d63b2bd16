import enApp from './locales/en/app';
import svApp from './locales/sv/app';
import enCommon from './locales/en/common';
import svCommon from './locales/sv/common';
import enSession from './locales/en/session';
import svSession from './locales/sv/session';
import enShell from './locales/en/shell';
import svShell from './locales/sv/shell';
import enSettings from './locales/en/settings';
import svSettings from './locales/sv/settings';
import enCompanies from './locales/en/companies';
import svCompanies from './locales/sv/companies';
import enPeople from './locales/en/people';
import svPeople from './locales/sv/people';
import enErrors from './locales/en/errors';
import svErrors from './locales/sv/errors';
import enMenu from './locales/en/menu';
import svMenu from './locales/sv/menu';

/**
 * English is the reference shape; Swedish must match it key for key (each sv file `satisfies` its en file,
 * and tests/unit/i18n-parity.test.ts checks the assembled trees).
 */
export const en = {
  app: enApp,
  common: enCommon,
  session: enSession,
  shell: enShell,
  settings: enSettings,
  companies: enCompanies,
  people: enPeople,
  errors: enErrors,
  menu: enMenu,
};

export const sv: typeof en = {
  app: svApp,
  common: svCommon,
  session: svSession,
  shell: svShell,
  settings: svSettings,
  companies: svCompanies,
  people: svPeople,
  errors: svErrors,
  menu: svMenu,
};

export const resources = {
  en: { translation: en },
  sv: { translation: sv },
} as const;

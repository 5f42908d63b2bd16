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
import enExchange from './locales/en/exchange';
import svExchange from './locales/sv/exchange';
import enGaps from './locales/en/gaps';
import svGaps from './locales/sv/gaps';
import enPlans from './locales/en/plans';
import svPlans from './locales/sv/plans';
import enErrors from './locales/en/errors';
import svErrors from './locales/sv/errors';
import enMenu from './locales/en/menu';
import svMenu from './locales/sv/menu';
import enAssessments from './locales/en/assessments';
import svAssessments from './locales/sv/assessments';
import enReports from './locales/en/reports';
import svReports from './locales/sv/reports';
import enContacts from './locales/en/contacts';
import svContacts from './locales/sv/contacts';
import enOffices from './locales/en/offices';
import svOffices from './locales/sv/offices';
import enFolder from './locales/en/folder';
import svFolder from './locales/sv/folder';
import enPrint from './locales/en/print';
import svPrint from './locales/sv/print';
import enAid from './locales/en/aid';
import svAid from './locales/sv/aid';
import enCompanyRules from './locales/en/companyRules';
import svCompanyRules from './locales/sv/companyRules';
import enParticipation from './locales/en/participation';
import svParticipation from './locales/sv/participation';
import enSubmitted from './locales/en/submitted';
import svSubmitted from './locales/sv/submitted';
import enBackups from './locales/en/backups';
import svBackups from './locales/sv/backups';
import enSummary from './locales/en/summary';
import svSummary from './locales/sv/summary';
import enPassport from './locales/en/passport';
import svPassport from './locales/sv/passport';
import enRights from './locales/en/rights';
import svRights from './locales/sv/rights';
import enBusinessCheck from './locales/en/businessCheck';
import svBusinessCheck from './locales/sv/businessCheck';

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
  exchange: enExchange,
  gaps: enGaps,
  plans: enPlans,
  errors: enErrors,
  menu: enMenu,
  assessments: enAssessments,
  reports: enReports,
  contacts: enContacts,
  offices: enOffices,
  folder: enFolder,
  print: enPrint,
  aid: enAid,
  companyRules: enCompanyRules,
  participation: enParticipation,
  submitted: enSubmitted,
  backups: enBackups,
  summary: enSummary,
  passport: enPassport,
  rights: enRights,
  businessCheck: enBusinessCheck,
};

export const sv: typeof en = {
  app: svApp,
  common: svCommon,
  session: svSession,
  shell: svShell,
  settings: svSettings,
  companies: svCompanies,
  people: svPeople,
  exchange: svExchange,
  gaps: svGaps,
  plans: svPlans,
  errors: svErrors,
  menu: svMenu,
  assessments: svAssessments,
  reports: svReports,
  contacts: svContacts,
  offices: svOffices,
  folder: svFolder,
  print: svPrint,
  aid: svAid,
  companyRules: svCompanyRules,
  participation: svParticipation,
  submitted: svSubmitted,
  backups: svBackups,
  summary: svSummary,
  passport: svPassport,
  rights: svRights,
  businessCheck: svBusinessCheck,
};

export const resources = {
  en: { translation: en },
  sv: { translation: sv },
} as const;

import type en from '../en/shell';

export default {
  nav: {
    label: 'Huvudnavigering',
    companies: 'Företag',
    exchange: 'Utbyte',
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },
  skipToContent: 'Hoppa till huvudinnehållet',
  settings: 'Inställningar',
  lock: 'Lås',
  lockDescription: 'Lås uppgifterna. Lösenfrasen behövs för att öppna dem igen.',
} satisfies typeof en;

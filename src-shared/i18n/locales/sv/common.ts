import type en from '../en/common';

export default {
  cancel: 'Avbryt',
  close: 'Stäng',
  create: 'Skapa',
  delete: 'Ta bort',
  open: 'Öppna',
  retry: 'Försök igen',
  optional: 'frivilligt',
  notSet: '—',
  yes: 'Ja',
  no: 'Nej',
  dateField: {
    placeholder: 'ÅÅÅÅ-MM-DD',
    openCalendar: 'Öppna kalendern',
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    previousYear: 'Föregående år',
    nextYear: 'Nästa år',
    previousDecade: 'Föregående årtionde',
    nextDecade: 'Nästa årtionde',
  },
  clear: 'Rensa',
  showHidePassphrase: 'Visa eller dölj lösenfrasen',
  saveState: {
    idle: 'Ändringar sparas automatiskt',
    saving: 'Sparar…',
    saved: 'Alla ändringar sparade',
    error: 'Inte sparat – se det markerade fältet',
  },
  errorTitle: 'Något behöver din uppmärksamhet',
} satisfies typeof en;

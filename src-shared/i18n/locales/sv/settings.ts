import type en from '../en/settings';

export default {
  title: 'Inställningar',
  intro: 'Används som förval när du registrerar ett nytt företag.',
  advisorName: 'Ditt namn (ansvarig rådgivare)',
  office: 'Kontor',
  officePlaceholder: 't.ex. Almi Mälardalen, Västerås',
  exchangeFolder: 'Utbytesmapp',
  exchangeFolderHint:
    'Hela sökvägen till en mapp som delas med de andra kontoren (en nätverksenhet eller en synkad mapp). Lämna tomt för att skicka filer för hand.',
  language: 'Språk',
  languageSystem: 'Följ systemet',
  saved: 'Inställningarna sparades',
  passphrase: {
    title: 'Byt lösenfras',
    intro:
      'Uppgifterna krypteras om med den nya lösenfrasen, och den gamla slutar gälla direkt. Precis som den första kan den inte återställas: skriv ner den.',
    current: 'Nuvarande lösenfras',
    new: 'Ny lösenfras',
    confirmation: 'Upprepa den nya lösenfrasen',
    submit: 'Byt lösenfras',
    changed: 'Lösenfrasen är bytt. Använd den nya från och med nu.',
  },
} satisfies typeof en;

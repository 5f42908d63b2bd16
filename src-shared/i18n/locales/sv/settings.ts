import type en from '../en/settings';

export default {
  title: 'Inställningar',
  intro: 'Används som förval när du registrerar ett nytt företag.',
  advisorName: 'Ditt namn (ansvarig rådgivare)',
  office: 'Kontor',
  officePlaceholder: 't.ex. Almi Mälardalen, Västerås',
  language: 'Språk',
  languageSystem: 'Följ systemet',
  saved: 'Inställningarna sparades',
} satisfies typeof en;

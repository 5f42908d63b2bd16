import type en from '../en/participation';

export default {
  panel: {
    title: 'Deltagande i programmet',
    explanation:
      'Inträde, avslut och resultat så som finansiären räknar dem (ESF+). Datum och resultat sparas enligt programmets skyldighet att bevara underlag; det som räknas vid inträdet är en uppföljningsuppgift och kräver samtycket ovan.',
    entryDate: 'Inträdesdatum',
    exitDate: 'Avslutsdatum',
    exitHint: 'Ange inträdesdatum först.',
    atEntry: 'Räknas vid inträdet',
    ageBand: 'Ålder vid inträdet: {{band}}',
    ageBandUnknown: 'Ålder vid inträdet: ange födelseår (med samtycke)',
    entryEmployment: 'Sysselsättning vid inträdet',
    entryEducation: 'Utbildning vid inträdet',
    consentHint: 'Kräver samtycket till uppföljning ovan.',
    atExit: 'Resultat vid avslut',
    exitInEducation: 'I utbildning',
    exitQualification: 'Har fått en kvalifikation',
    exitInEmployment: 'I arbete, inklusive som egenföretagare',
    exitJobSearching: 'Söker arbete',
    sixMonths: 'Sex månader efter avslut',
    dueOn: 'Uppföljningen ska göras {{date}}.',
    sixMonthDate: 'Datum för uppföljningen',
    sixMonthHint: 'Ange datum för uppföljningen först.',
    sixMonthInEmployment: 'I arbete, inklusive som egenföretagare',
    sixMonthImproved: 'Förbättrad ställning på arbetsmarknaden',
    yes: 'Ja',
    no: 'Nej',
    notKnown: 'Okänt',
  },
  due: {
    title: 'Uppföljningar efter sex månader',
    empty: 'Ingen deltagare ska följas upp efter sex månader just nu.',
    line: 'Avslutade {{exit}} · uppföljning {{due}}',
    overdue_one: '{{count}} dag försenad',
    overdue_other: '{{count}} dagar försenad',
    dueToday: 'ska göras i dag',
  },
  statusDate: {
    label: 'Med denna status sedan',
    description: 'Dagen det hände; ange ett tidigare datum om det registreras i efterhand. Rapporter räknar ändringen i den månaden.',
  },
} satisfies typeof en;

import type en from '../en/passport';

/** Kompetenspasset (issue 16): deltagarens eget dokument, dess panel i personlådan och dess JSON. */
export default {
  title: 'Kompetenspass',
  panel: {
    title: 'Kompetenspass',
    explanation:
      'Personens eget underlag om vad hen lärt sig i programmet: bedömningarna (om hen gått med på att dela dem), de aktiviteter hen genomfört och vad hen vill lära sig härnäst. Det görs bara med personens samtycke och visar inget om företagets siffror eller om andra personer.',
    consent: 'Personen samtycker till att ett kompetenspass görs för hen',
    consentAt: 'Datum för samtycket',
    wishes: 'Vad personen vill lära sig härnäst',
    wishesPlaceholder: 'Med personens egna ord',
    pdf: 'Skriv ut kompetenspass',
    json: 'Spara som JSON (Europass)',
    jsonSaved: 'Kompetenspasset sparades som JSON.',
    noConsentHint: 'Registrera personens samtycke för att skriva ut eller spara passet.',
  },
  print: {
    name: 'Namn',
    workplace: 'Arbetsplats under programmet',
    issuedBy: 'Utfärdat av',
    issuedOn: 'Utfärdat',
    intro:
      'Det här passet är ett eget underlag för {{name}} om kompetensutvecklingen i programmet: hur kompetensen bedömts över omgångarna, vilka aktiviteter hen genomfört och vad hen vill lära sig härnäst.',
    profileTitle: 'Kompetensprofil',
    scale: 'Nivåer från 1 (känner till) till 5 (expertnivå).',
    legend: 'För varje omgång personens självskattning och rådgivarens bedömning.',
    notShared: '{{name}} har inte gått med på att dela sina bedömningar, så de visas inte.',
    noRounds: 'Ingen avslutad kompetensanalys ännu.',
    roundTitle: '{{kind}}, {{date}}',
    competence: 'Kompetens',
    activitiesTitle: 'Genomförda aktiviteter',
    noActivities: 'Inga genomförda aktiviteter ännu.',
    activity: 'Aktivitet',
    type: 'Typ',
    provider: 'Anordnare',
    dates: 'Datum',
    hours: 'Närvarotimmar',
    notRecorded: 'ej registrerat',
    totalHours: 'Timmar totalt',
    wishesTitle: 'Det här vill jag lära mig härnäst',
    noWishes: 'Inte angivet.',
    consentNote: 'Gjort med samtycke från {{name}} den {{date}}. Passet tillhör {{name}}.',
    programme: 'Kompetensprogrammet',
  },
  json: {
    fileName: 'kompetenspass',
  },
} satisfies typeof en;

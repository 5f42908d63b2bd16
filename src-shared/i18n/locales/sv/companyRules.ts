import type en from '../en/companyRules';

export default {
  sni: {
    label: 'Bransch (SNI-kod)',
    placeholder: 'Skriv en kod eller ett ord, t.ex. 62 eller livsmedel',
    description: 'Välj en huvudgrupp i SNI {{version}}, eller skriv en mer precis kod med upp till 5 siffror.',
    chosenSection: 'Avdelning {{section}}: {{name}} (SNI {{version}})',
    chosenCode: '{{division}}, avdelning {{section}} (SNI {{version}})',
    group: 'Avdelning {{code}}: {{name}}',
  },
  size: {
    usual: 'Inom programmets vanliga storlek (0–9 anställda).',
    accepted: 'Godtas: programmet tar emot vissa företag med upp till 20 anställda.',
    overTwenty: 'Fler än 20 anställda: programmet tar emot ett sådant företag bara med ett angivet skäl.',
    reason: 'Skäl att skriva in ett företag med fler än 20 anställda',
    reasonPlaceholder: 'Varför programmet tar emot företaget fast det har fler än 20 anställda',
  },
  warnings: {
    title: 'Innan företaget skrivs in',
    overTwenty:
      'Företaget har {{employees}} anställda: programmet tar emot 0–9, och vissa med upp till 20. För att skriva in det krävs ett angivet skäl.',
    outsideRegion:
      'Företaget ligger utanför Örebro och Västmanlands län, programmets region. Kontrollera att det får delta innan det skrivs in.',
  },
  owner: {
    label: 'Ägs av',
    description: 'Finansiären frågar efter kvinnoägda företag. Registreras bara med företagets samtycke till att lagra uppgifter.',
    disabledHint: 'Registrera först samtycket till att lagra uppgifter (lämnat av och datum).',
    option: { women: 'Kvinnor', men: 'Män', both: 'Kvinnor och män', not_stated: 'Vill inte uppge' },
  },
  personnummer: {
    title: 'Deltagarregistrering',
    label: 'Personnummer',
    description:
      'Frivilligt, för finansiärens deltagarregistrering. Lagras krypterat, visas maskerat och skrivs aldrig ut; exporteras bara i deltagarlistan.',
    placeholder: 'ÅÅÅÅMMDD-NNNN',
    none: 'Inte registrerat',
    add: 'Lägg till personnummer',
    change: 'Ändra',
    remove: 'Ta bort',
    save: 'Spara',
    cancel: 'Avbryt',
  },
  foreignBackgroundHelp: 'Som finansiären definierar det: född utomlands, eller född i Sverige med två utrikes födda föräldrar.',
} satisfies typeof en;

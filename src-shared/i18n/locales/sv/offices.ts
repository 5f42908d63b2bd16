import type en from '../en/offices';

export default {
  tab: 'Kontor och nycklar',
  own: {
    title: 'Det här kontoret',
    intro:
      'Ge det här kortet till de andra kontoren (med e-post eller chatt). Läs sedan upp fingeravtrycket för varandra i telefon: visar båda skärmarna samma tecken har ingen bytt ut kortet på vägen.',
    name: 'Namn på kortet: {{name}}. Ändra det under Inställningar (kontor).',
    card: 'Publikt kort',
    copy: 'Kopiera kortet',
    copied: 'Kopierat',
    fingerprint: 'Fingeravtryck',
  },
  book: {
    title: 'Andra kontor',
    empty: 'Inga kontor ännu. Klistra in kortet som ett annat kontor gav dig.',
    card: 'Kort från det andra kontoret',
    cardHint: 'En rad som börjar med VAXTKRAFT-OFFICE-1.',
    name: 'Namn här (valfritt)',
    add: 'Lägg till kontor',
    added: '{{name}} lades till. Läs upp fingeravtrycket med dem innan du skickar filer.',
    office: 'Kontor',
    fingerprint: 'Fingeravtryck',
    verified: 'Kontrollerat',
    verifiedOn: 'Kontrollerat {{date}}',
    notVerified: 'Inte kontrollerat',
    verify: 'Fingeravtrycket uppläst och lika',
    verifyLabel: 'Markera fingeravtrycket för {{name}} som uppläst med dem i dag',
    remove: 'Ta bort',
    removeLabel: 'Ta bort {{name}} ur adressboken',
    removeConfirm: 'Ta bort {{name}}? Filer som redan skickats påverkas inte; du kan lägga till kortet igen senare.',
    actions: 'Åtgärder',
  },
  identity: {
    title: 'Flytta kontorets nyckel till en annan dator',
    intro:
      'Kontorets nyckel öppnar varje fil som skickas till kontoret. Exportera den, skyddad med en lösenfras, när du byter dator, och importera den på den nya. Förvara filen lika säkert som själva uppgifterna.',
    passphrase: 'Lösenfras för nyckelfilen',
    confirmation: 'Lösenfrasen igen',
    export: 'Exportera kontorets nyckel',
    exported: 'Kontorets nyckel sparades som {{fileName}}.',
    file: 'Nyckelfil (.age)',
    importPassphrase: 'Nyckelfilens lösenfras',
    confirm: 'Skriv {{phrase}} för att ersätta kontorets nyckel',
    confirmPhrase: 'ERSÄTT NYCKELN',
    import: 'Ersätt kontorets nyckel',
    imported: 'Kontorets nyckel ersattes. Det nya fingeravtrycket är {{fingerprint}}.',
  },
  export: {
    to: 'Vem kan öppna filen',
    offices: 'Valda kontor',
    passphrase: 'En lösenfras',
    choose: 'Kontor',
    chooseHint: 'Bara de här kontoren kan öppna filen. Kontoren kommer från adressboken (Kontor och nycklar).',
    none: 'Inga kontor i adressboken ännu: lägg till deras kort under Kontor och nycklar, eller använd en lösenfras.',
    unverified: '{{name}} (inte kontrollerat)',
  },
  sender: {
    label: 'Skickad av',
    valid: 'Signerad av {{name}}, ett känt kontor',
    unknown:
      'Signerad av {{name}}, ett kontor som inte finns i adressboken: kontrollera fingeravtrycket nedan med dem innan du importerar.',
    invalid:
      'Signaturen stämmer inte: filen har ändrats efter att {{name}} signerade den, eller så kommer den inte från det kontoret. Importera den inte; be om den igen.',
    unsigned: 'Inte signerad (en fil från en äldre version av Växtkraft, eller gjord utan den)',
    passphraseOptional: 'Lösenfras (bara för filer som skyddats med en)',
  },
} satisfies typeof en;

import type en from '../en/errors';

export default {
  internal: 'Något gick fel i appen. Inget ändrades. Försök igen; om det händer igen, starta om appen.',
  validation: 'Några värden är inte giltiga. Kontrollera de markerade fälten.',
  payloadTooLarge: 'Förfrågan var för stor och avvisades.',
  unknownChannel: 'Appen bad om något den inte känner till. Starta om appen.',
  untrustedSender: 'Förfrågan kom inte från appen och avvisades.',
  unauthorized: 'Sidan saknar behörighet. Öppna adressen som appen skrev ut när den startade.',
  store: {
    locked: 'Uppgifterna är låsta. Lås upp för att fortsätta.',
    missing: 'Det finns ingen datamapp här än. Skapa en först.',
    exists: 'Det finns redan en databas i mappen. Lås upp den i stället; den ersätts aldrig av en tom.',
    wrongPassphrase: 'Fel lösenfras. Inget ändrades; försök igen.',
    corrupt: 'Databasen är skadad och kan inte öppnas. Den har inte ändrats. Se ”Återställa data” i README.',
    newerVersion:
      'Uppgifterna sparades av en nyare version av Växtkraft (schema {{found}}, den här versionen känner till {{known}}). Uppdatera appen; uppgifterna har inte ändrats.',
    inUse: 'Datamappen är redan öppen i ett annat Växtkraft-fönster eller en annan process (process {{pid}}). Stäng den först.',
    keychainUnavailable:
      'Systemets nyckelring, som håller nyckeln till uppgifterna, är inte tillgänglig. Logga in på skrivbordet som vanligt så att nyckelringen låses upp, och starta sedan Växtkraft igen. Se ”Återställa data” i README.',
    keyFileDamaged: 'Den sparade nyckeln kunde inte läsas. Inget ändrades. Se ”Återställa data” i README.',
    noPassphraseMode: 'Uppgifterna låses upp med systemets nyckelring, så det finns ingen lösenfras att byta.',
    unlocked: 'Uppgifterna är öppna. Lås dem innan du lägger undan dem.',
    tooManyAttempts: 'För många felaktiga lösenfraser. Vänta {{seconds}} sekunder och försök igen.',
    diskFull:
      'Disken är full, så inget mer kan sparas. Din senaste ändring syns fortfarande men sparades inte. Frigör utrymme (töm papperskorgen, ta bort stora filer) och spara sedan igen.',
    readOnly:
      'Datamappen ligger på en disk som inte går att skriva till ({{path}}). Inget ändrades. Gör disken skrivbar (eller flytta mappen till en som är det) och starta Växtkraft igen.',
    noPermission:
      'Växtkraft får inte skriva i sin datamapp ({{path}}). Inget ändrades. Ge ditt användarkonto skrivrätt till mappen (eller be din IT-support om det) och starta Växtkraft igen.',
    startDiskFull:
      'Disken där datamappen ligger är full ({{path}}), så Växtkraft kan inte starta. Inget ändrades. Frigör utrymme (töm papperskorgen, ta bort stora filer) och starta sedan Växtkraft igen.',
  },
  company: {
    notFound: 'Företaget hittades inte. Det kan ha tagits bort.',
    duplicateOrgNumber: 'Ett företag med organisationsnummer {{orgNumber}} finns redan registrerat: {{name}}.',
    enrolRequiresAmbition: 'Registrera ägarens uttalade ambition att växa, med datum, innan företaget skrivs in.',
    enrolRequiresConsent: 'Registrera samtycket till att lagra uppgifter (av vem, när och till vad) innan företaget skrivs in.',
    municipalityOtherRequired: 'Ange kommunens namn när den ligger utanför regionen.',
    sizeReasonRequired:
      'Programmet tar emot företag med 0–9 anställda, och vissa med upp till 20. Det här har {{employees}}: ange skälet att skriva in det innan det skrivs in.',
    ownerGenderWithoutConsent:
      'Vem som äger företaget kan bara registreras med företagets samtycke till att uppgifter sparas (av vem och när). Registrera samtycket först.',
  },
  person: {
    notFound: 'Personen hittades inte. Personen kan ha tagits bort.',
    followupWithoutConsent: 'Uppföljningsuppgifter kan bara registreras med personens samtycke.',
  },
  assessment: {
    roundNotFound: 'Analysomgången hittades inte. Den kan ha tagits bort.',
    roundNotCompleted: 'Affärskollen skrivs ut från en avslutad omgång. Avsluta omgången först; inget skrevs ut.',
    roundCompleted:
      'Omgången avslutades {{completedAt}} av {{completedBy}} och är låst. Inget ändrades; starta en uppföljning för att registrera nya svar.',
    companyNotEnrolled: 'Analysomgångar kan bara göras för företag som är inskrivna i programmet. Skriv in företaget först.',
    baselineExists: 'Företaget har redan en baslinje. Starta en uppföljning i stället.',
    noBaseline: 'En uppföljning kräver en tidigare, avslutad omgång. Börja med en baslinje.',
    previousRoundOpen: 'Företagets förra omgång är inte avslutad. Avsluta den innan du startar en ny.',
    dateBeforePrevious: 'En uppföljning kan inte ha ett datum före den förra omgången ({{previousDate}}).',
    unknownQuestion: 'Frågan ingår inte i omgångens nulägesanalys. Inget sparades.',
    unknownArea: 'Verksamhetsområdet ingår inte i omgångens nulägesanalys. Inget sparades.',
    unknownCompetence: 'Kompetensen finns inte i omgångens katalog eller bland företagets egna kompetenser. Inget sparades.',
    personNotInCompany: 'Personen hör inte till det här företaget. Inget sparades.',
    prospectiveCurrentLevel: 'För en framtida medarbetare anges bara målnivå; nuvarande nivå kan inte registreras.',
    incomplete:
      'Omgången kan inte avslutas än: {{unansweredQuestions}} obesvarade frågor och {{unratedPairs}} kompetensbedömningar saknas. Se sammanfattningen.',
    goalNotFound: 'Målet hittades inte i omgången. Det kan ha tagits bort.',
    strategyNotFound: 'Strategin hittades inte i omgången. Den kan ha tagits bort.',
    unknownFrameworkVersion:
      'Omgången använder version {{version}} av ”{{framework}}”, som den här versionen av Växtkraft inte har. Uppdatera appen.',
    invalidLevels: 'Nivåtexterna är inte giltiga: ange exakt fem nivåer, 1 till 5 i ordning.',
  },
  plan: {
    activityNotFound: 'Aktiviteten hittades inte. Den kan ha tagits bort.',
    providerNotFound: 'Anordnaren hittades inte. Den kan ha tagits bort.',
    providerInUse: 'Anordnaren används av {{count}} aktiviteter. Välj en annan anordnare för dem först.',
    personNotInCompany: 'En deltagare hör inte till det här företaget.',
    sessionNotFound: 'Tillfället hittades inte. Det kan ha tagits bort.',
  },
  print: {
    desktopOnly: 'Att spara en pdf direkt fungerar i skrivbordsappen. Här använder du webbläsarens utskriftsdialog.',
    failed: 'Pdf:en kunde inte skapas. Inget sparades; försök igen.',
  },
  contact: {
    notFound: 'Kontakten hittades inte. Den kan ha tagits bort.',
  },
  retention: {
    notDue: 'Några av de valda företagen eller personerna har inte längre passerat sitt gallringsdatum. Inget raderades; lista dem igen.',
  },
  aid: {
    notFound: 'Det uppgivna stödet hittades inte. Det kan ha tagits bort.',
    ratesMissing: 'Ange rådgivarens timpris och eurokursen under Inställningar först.',
  },
  passport: {
    noConsent: 'Ett kompetenspass görs bara med personens samtycke. Registrera samtycket först.',
  },
  report: {
    periodReversed: 'Perioden slutar innan den börjar. Välj ett slutdatum som är samma som eller efter startdatumet.',
    exportFailed: 'Rapportfilen kunde inte skapas. Inget sparades; försök igen.',
    submittedNotFound: 'Den inlämnade rapporten finns inte längre.',
  },
  selfAssessment: {
    active: 'En självskattning pågår. Bara den personens egna frågor är öppna tills rådgivaren tar tillbaka datorn.',
    notActive: 'Ingen självskattning pågår.',
    codeRequired: 'Välj en överlämningskod på minst 6 siffror; du behöver den för att ta tillbaka datorn.',
    wrongCode: 'Fel överlämningskod. Självskattningen fortsätter; försök igen.',
    tooManyAttempts: 'För många felaktiga försök. Vänta {{seconds}} sekunder och försök igen.',
  },
  exchange: {
    wrongPassphrase: 'Fel lösenfras för filen. Inget importerades; försök igen.',
    notAge: 'Det här är ingen utbytesfil från Växtkraft (det är ingen krypterad age-fil). Inget importerades.',
    truncated:
      'Filen är ofullständig: den tar slut för tidigt, kanske för att en kopiering eller nedladdning avbröts. Be om den igen. Inget importerades.',
    tampered: 'Filen har ändrats eller skadats sedan den exporterades och går inte att lita på. Be om den igen. Inget importerades.',
    invalidContent: 'Filens innehåll är inte giltigt (vid {{path}}). Inget importerades.',
    newerFormat:
      'Filen skapades av en nyare version av Växtkraft (utbytesformat {{found}}, den här versionen läser {{known}}). Uppdatera appen. Inget importerades.',
    duplicateIds: 'Filen innehåller samma post två gånger ({{entity}} {{id}}). Inget importerades.',
    missingReference: 'Filen hänvisar till en post som varken finns i filen eller här ({{entity}} {{id}}). Inget importerades.',
    unknownPerson: 'Filen nämner en person som varken finns i filen eller här ({{id}}). Inget importerades.',
    tooLarge: 'Filen är för stor: högst {{limitMb}} MB kan importeras. Inget importerades.',
    workFactorTooHigh:
      'Filen begär en ovanligt kostsam kontroll av lösenfrasen (scrypt-arbetsfaktor 2^{{found}}, högst 2^{{max}} godtas), som skulle låsa appen. Den avvisades oöppnad. Be om en ny export med Växtkrafts eller ages standardinställningar. Inget importerades.',
    recipientFile:
      'Filen är krypterad för en nyckel (en age-mottagare), inte med en lösenfras, så ingen lösenfras öppnar den. Be om en ny export med lösenfras. Inget importerades.',
    signatureMismatch:
      'Filens signatur stämmer inte med {{name}}: den har ändrats efter att den signerades, eller så kommer den inte från det kontoret. Den går inte att lita på. Be om den igen. Inget importerades.',
    notForThisOffice:
      'Filen skickades till ett annat kontor, inte till det här, så det här kontorets nyckel öppnar den inte. Be avsändaren skicka den till det här kontoret. Inget importerades.',
    passphraseNeeded: 'Filen är skyddad med en lösenfras. Skriv lösenfrasen som avsändaren gav dig. Inget importerades.',
    decompressionBomb: 'Filen packas upp till mer än {{limitMb}} MB och avvisades. Inget importerades.',
    previewExpired: 'Förhandsgranskningen har gått ut eller redan tillämpats. Välj filen igen.',
    unresolvedConflicts: 'Välj ”behåll min” eller ”ta deras” för varje konflikt ({{count}} kvar). Inget importerades.',
    dependsOnMissing:
      'Den här filen från {{sender}} bygger på ändringar i dess tidigare fil nr {{missing}} ({{file}}), som inte har tillämpats här. Inget importerades. Tillämpa den filen först, eller be {{sender}} om en fullständig omsändning.',
    folder: {
      notSet: 'Ingen utbytesmapp är vald. Välj en under Inställningar först. Inget skickades.',
      unavailable:
        'Utbytesmappen {{folder}} går inte att nå. Kontrollera att enheten är ansluten, eller välj mappen igen under Inställningar.',
      writeFailed: 'Filen kunde inte skrivas till utbytesmappen {{folder}}. Inget skickades; kontrollera mappen och försök igen.',
      fileGone: 'Filen {{name}} finns inte längre i utbytesmappen. Uppdatera inkorgen.',
      notInInbox: 'Filen {{name}} är inte en fil som det här kontoret kan tillämpa från inkorgen. Uppdatera inkorgen. Inget importerades.',
    },
    breaksRule: {
      aidInFuture: '{{company}}: stöd av mindre betydelse från {{aid}} i filen är daterat efter i dag. Inget importerades.',
      activityShareAboveCost:
        '{{company}}: programmets andel av aktiviteten ”{{activity}}” i filen är större än dess kostnad. Inget importerades.',
      contactPersonNotInCompany:
        '{{company}}: en kontakt den {{contact}} i filen anger en person från ett annat företag. Inget importerades.',
      orgNumberTaken:
        '{{company}}: filen har organisationsnummer {{orgNumber}} i en ny post, men det är redan registrerat här som {{existing}}. Inget importerades.',
      followupWithoutConsent:
        '{{company}}: filen har uppföljningsuppgifter om {{person}}, som inte har gett sitt samtycke. Inget importerades.',
      enrolRequiresConsent:
        '{{company}}: i filen är företaget inskrivet utan registrerat samtycke till att lagra uppgifter. Inget importerades.',
      enrolRequiresAmbition: '{{company}}: i filen är företaget inskrivet utan ägarens daterade tillväxtambition. Inget importerades.',
      municipalityOtherRequired: '{{company}}: filen anger en kommun utanför regionen utan att namnge den. Inget importerades.',
      sizeReasonRequired:
        '{{company}}: filen har företaget inskrivet med fler än 20 anställda utan skäl till att det skrivits in. Inget importerades.',
      ownerGenderWithoutConsent:
        '{{company}}: filen anger vem som äger företaget utan företagets samtycke till att uppgifter sparas. Inget importerades.',
      personnummer: '{{company}}: personnumret för {{person}} i filen har ett födelsedatum efter i dag. Inget importerades.',
      invalidField: '{{company}}: filen har ett värde som inte är giltigt ({{field}}). Inget importerades.',
      activityEndBeforeStart: '{{company}}: aktiviteten ”{{activity}}” i filen slutar innan den börjar. Inget importerades.',
      activityDoneBeforeStart: '{{company}}: aktiviteten ”{{activity}}” i filen är genomförd men har inte börjat. Inget importerades.',
      activityOutcomeOnlyWhenDone:
        '{{company}}: aktiviteten ”{{activity}}” i filen har ett utfall men är inte genomförd. Inget importerades.',
      activityPersonNotInCompany:
        '{{company}}: aktiviteten ”{{activity}}” i filen har en deltagare från ett annat företag. Inget importerades.',
      activityDoneNeedsAttendance:
        '{{company}}: aktiviteten ”{{activity}}” i filen är genomförd utan registrerade tillfällen eller skäl till varför. Inget importerades.',
      sessionRule: '{{company}}: ett tillfälle i aktiviteten ”{{activity}}” i filen är inte giltigt ({{field}}). Inget importerades.',
      unknownFrameworkVersion:
        '{{company}}: en analysomgång i filen använder version {{version}} av ”{{framework}}”, som den här versionen av Växtkraft inte har. Uppdatera appen. Inget importerades.',
      unknownQuestion: '{{company}}: en analysomgång i filen besvarar en fråga som inte ingår i den ({{questionId}}). Inget importerades.',
      unknownArea:
        '{{company}}: en analysomgång i filen anger ett verksamhetsområde som inte ingår i den ({{areaId}}). Inget importerades.',
      unknownBasedOnRound:
        '{{company}}: en analysomgång i filen följer upp en av företagets analysomgångar som varken finns i filen eller här. Inget importerades.',
      invalidCompetenceLevels:
        '{{company}}: nivåtexterna för företagets egen kompetens ”{{competence}}” i filen är inte giltiga. Inget importerades.',
    },
  },
  offices: {
    notFound: 'Kontoret finns inte längre i adressboken. Inget ändrades.',
    alreadyKnown: 'Det här kontorets nyckel finns redan i adressboken, som ”{{name}}”. Inget lades till.',
    ownCard: 'Det här är det egna kontorets kort. Lägg till ett annat kontors kort. Inget lades till.',
    identityWrongPassphrase: 'Fel lösenfras för nyckelfilen. Kontorets nyckel ändrades inte; försök igen.',
    identityInvalid: 'Det här är inte en kontorsnyckel exporterad från Växtkraft. Kontorets nyckel ändrades inte.',
  },
  backups: {
    notFound: 'Säkerhetskopian finns inte längre i mappen för säkerhetskopior. Ingenting ändrades.',
    wrongKey:
      'Säkerhetskopian öppnas inte med den lösenfrasen (den kan vara gjord innan lösenfrasen byttes). Ingenting ändrades; skriv den lösenfras som gällde när kopian gjordes.',
    damaged: 'Säkerhetskopian är skadad och kan inte återställas. Ingenting ändrades; välj en annan säkerhetskopia.',
    keyExportKeychainOnly:
      'Bara data som låses upp med systemets nyckelring har en nyckel att exportera; med lösenfras öppnar lösenfrasen säkerhetskopiorna.',
  },
  field: {
    setAsidePhrase: 'Skriv frasen exakt som den står, med versaler.',
    level: 'Välj en nivå från 1 till 5.',
    invalid: 'Inte ett giltigt värde.',
    required: 'Obligatoriskt.',
    tooLong: 'För långt.',
    logoType: 'Logotypen måste vara en PNG-, JPEG- eller SVG-bild. Inget sparades.',
    logoSize: 'Logotypen är för stor: högst 256 kB. Inget sparades.',
    folderPath: 'Ange mappens fullständiga sökväg, till exempel /Users/karin/Delad eller C:\\Delad.',
    autoLockRange: 'Skriv ett helt antal minuter från 1 till 240.',
    date: 'Inte ett giltigt datum.',
    dateInFuture: 'Datumet kan inte ligga i framtiden.',
    id: 'Inte en giltig referens.',
    orgNumber: {
      format: 'Skriv 10 siffror, som NNNNNN-NNNN (eller 16NNNNNNNNNN, eller en enskild firmas personnummer som 19811218-9876).',
      checksum: 'Kontrollsiffran stämmer inte. Kontrollera numret så att inget är felskrivet.',
      third_pair: 'Siffra 3–4 ska vara 20 eller mer för ett företag, eller en månad (01–12) för en enskild firma.',
      prefix: 'Ett 12-siffrigt nummer börjar med 16 (ett företag), eller med 19 eller 20 (seklet i en enskild firmas personnummer).',
      birth_date:
        'Siffra 1–6 är en enskild firmas födelsedatum, och det datumet finns inte. Kontrollera numret så att inget är felskrivet.',
      plus: 'Ett + skrivs bara i det 10-siffriga personnumret för en enskild näringsidkare som fyllt 100 (ÅÅMMDD+NNNN).',
      century: 'Det här är ett företags nummer (siffra 3–4 är 20 eller mer): i 12-siffrig form börjar det med 16, inte 19 eller 20.',
    },
    personnummer: {
      format: 'Skriv personnumret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN (ÅÅMMDD+NNNN från 100 år).',
      checksum: 'Kontrollsiffran stämmer inte. Kontrollera numret så att inget är felskrivet.',
      birth_date: 'Födelsedatumet i numret finns inte (ett samordningsnummer lägger till 60 till dagen).',
      future: 'Födelsedatumet i numret ligger efter i dag.',
    },
    municipality: 'Välj en kommun i listan, eller ”Annan kommun”.',
    sni: 'Skriv en SNI-kod med 2–5 siffror där de två första är en huvudgrupp i den valda SNI-versionen, till exempel 62.010.',
    number: 'Skriv ett tal.',
    integer: 'Skriv ett heltal.',
    negative: 'Kan inte vara negativt.',
    employeesMax:
      'Programmet tar emot företag med 0–9 anställda, och vissa med upp till 20 (fler än 20 bara med ett skäl); ett företag med 50 anställda eller fler kan inte registreras.',
    yearTooEarly: 'Året är för tidigt.',
    yearInFuture: 'Året kan inte ligga i framtiden.',
    birthYearTooLate: 'Födelseåret är för sent för någon som arbetar i företaget.',
    email: 'Inte en giltig e-postadress.',
    phone: 'Inte ett giltigt telefonnummer.',
    choice: 'Välj ett av alternativen.',
    passphraseShort: 'Använd minst 10 tecken.',
    passphraseWeak: {
      guessable: 'För lätt att gissa. Lägg till ett eller två ord som inte hör ihop; ovanliga ord är bäst.',
      straightRow: 'En rad tangenter på tangentbordet är lätt att gissa.',
      keyPattern: 'Ett kort mönster på tangentbordet är lätt att gissa.',
      simpleRepeat: 'Upprepade tecken, som ”aaa”, är lätta att gissa.',
      extendedRepeat: 'Upprepade mönster, som ”abcabc”, är lätta att gissa.',
      sequences: 'Följder, som ”abc” eller ”6543”, är lätta att gissa.',
      recentYears: 'Årtal från senare år är lätta att gissa.',
      dates: 'Datum är lätta att gissa.',
      topTen: 'Det här är ett av de vanligaste lösenorden.',
      topHundred: 'Det här är ett mycket vanligt lösenord.',
      common: 'Det här är ett vanligt lösenord.',
      similarToCommon: 'Det här liknar ett vanligt lösenord för mycket.',
      wordByItself: 'Ett ensamt ord är lätt att gissa. Lägg till några till.',
      namesByThemselves: 'Ett namn för sig självt är lätt att gissa. Lägg till några ord.',
      commonNames: 'Vanliga för- och efternamn är lätta att gissa.',
      userInputs: 'Använd inget om dig själv eller om den här appen.',
      pwned: 'Den här lösenfrasen har funnits med i en dataläcka.',
    },
    passphraseMismatch: 'De två lösenfraserna är inte likadana.',
    handoverCode: 'Använd 6 till 12 siffror.',
    officeCard: {
      format: 'Klistra in hela kortet: det börjar med VAXTKRAFT-OFFICE-1.',
      recipient: 'Kortets nyckel (age1…) är skadad eller ofullständig. Be det andra kontoret skicka kortet igen.',
      signingKey: 'Kortets signeringsnyckel är skadad eller ofullständig. Be det andra kontoret skicka kortet igen.',
      name: 'Kortet saknar kontorets namn i slutet (högst 200 tecken).',
    },
    replaceIdentityPhrase: 'Skriv frasen exakt som den står, med versaler.',
    report: {
      confirmPersonalData: 'Bekräfta att du exporterar personuppgifter.',
    },
    participation: {
      exitWithoutEntry: 'Ange inträdesdatum först: en deltagare kan inte avsluta utan att ha börjat.',
      exitBeforeEntry: 'Avslutsdatum kan inte vara före inträdesdatum.',
      resultWithoutExit: 'Resultat registreras vid avslut: ange avslutsdatum först.',
      resultWithoutFollowup: 'Ange datum för uppföljningen efter sex månader först.',
      followupBeforeDue: 'Uppföljningen görs sex månader efter avslut, inte tidigare.',
    },
    plan: {
      endBeforeStart: 'Slutdatum kan inte vara före startdatum.',
      doneBeforeStart: 'En aktivitet kan markeras som genomförd först när den har börjat: ange ett startdatum som inte ligger i framtiden.',
      outcomeOnlyWhenDone: 'Resultat kan bara anges när aktiviteten är genomförd.',
      hoursMax: 'Högst 10 000 timmar.',
      costMax: 'Högst 100 000 000 kr.',
      rating: 'Välj ett betyg från 1 till 5.',
      shareAboveCost: 'Programmets andel kan inte vara större än aktivitetens kostnad (ange kostnaden först).',
      doneNeedsAttendance:
        'Registrera tillfällena och vilka som närvarade, eller ange skälet till varför inte, innan aktiviteten markeras som genomförd.',
      sessionsOutsideDates: 'Det finns tillfällen utanför de här datumen. Flytta eller ta bort dem först.',
      attendeeNotParticipant: 'Någon som tagits bort som deltagare har närvarat vid ett tillfälle. Ta bort hen från närvaron först.',
    },
    session: {
      outsideActivity: 'Tillfället måste ligga mellan aktivitetens start- och slutdatum.',
      notParticipant: 'Bara aktivitetens deltagare kan närvara.',
      twice: 'Personen är redan markerad vid det här tillfället.',
      moreThanSession: 'Högst tillfällets timmar.',
    },
    aid: {
      amountPositive: 'Ange ett belopp över 0.',
      amountMax: 'Högst 10 000 000: kontrollera beloppet.',
      currency: 'Välj SEK eller EUR.',
      dateInFuture: 'Stöd som redan tagits emot kan inte dateras i framtiden.',
      ratePositive: 'Ange ett värde över 0.',
      rateMax: 'Värdet är för högt: kontrollera det.',
    },
    contact: {
      hoursPositive: 'Ange en tid över 0 timmar.',
      hoursMax: 'Högst 24 timmar.',
      quarterHours: 'Ange tiden i kvartar (till exempel 1,25 eller 1,5).',
      personNotInCompany: 'Personen hör inte till det här företaget.',
      ownerRequired: 'Ange vem som äger steget.',
    },
  },
} satisfies typeof en;

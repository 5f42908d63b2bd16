import type en from '../en/session';

export default {
  create: {
    title: 'Skydda dina uppgifter',
    intro: 'Växtkraft lagrar allt du registrerar krypterat på den här datorn. Välj en lösenfras som låser upp det.',
    warningTitle: 'Lösenfrasen kan inte återställas',
    warning: 'Ingen kan öppna uppgifterna utan den – inte du, inte supporten. Skriv ner den och förvara den säkert.',
    passphrase: 'Lösenfras',
    passphraseDescription:
      'Minst {{min}} tecken och inte lätt att gissa: vanliga lösenord, namn, datum och tangentmönster godtas inte. Några orelaterade ord är lätta att komma ihåg och svåra att gissa.',
    confirmation: 'Upprepa lösenfrasen',
    submit: 'Skapa krypterad databas',
    strength: {
      label: 'Styrka: {{level}}',
      weak: 'svag',
      fair: 'godtagbar',
      good: 'bra',
      strong: 'stark',
      hintGood: 'En bra lösenfras.',
    },
  },
  unlock: {
    title: 'Lås upp Växtkraft',
    intro: 'Dina uppgifter är krypterade. Skriv din lösenfras för att öppna dem.',
    passphrase: 'Lösenfras',
    submit: 'Lås upp',
    forgotten: 'Lösenfrasen kan inte återställas. Utan den förblir uppgifterna låsta.',
  },
  keychain: {
    opening: 'Öppnar dina uppgifter…',
  },
  recovery: {
    forgotLink: 'Glömt lösenfrasen?',
    stepsTitle: 'Det här kan du göra',
    tryAgain: 'Tillbaka till upplåsningen',
    restartHint: 'När orsaken är åtgärdad avslutar du Växtkraft och startar programmet igen.',
    reason: {
      corrupt: {
        title: 'Databasen är skadad',
        body: 'Växtkraft kunde inte öppna vaxtkraft.db: filen är skadad eller är ingen Växtkraft-databas. Programmet skriver aldrig över en fil det inte kan öppna, så ingenting har ändrats.',
      },
      newerVersion: {
        title: 'Uppgifterna kommer från en nyare version',
        body: 'Uppgifterna sparades av en nyare version av Växtkraft (schema {{found}}; den här versionen känner till {{known}}). Uppgifterna har inte rörts.',
      },
      keyFileDamaged: {
        title: 'Den sparade nyckeln gick inte att läsa',
        body: 'key.json, som håller nyckeln till uppgifterna, är skadad, hör till en annan databas eller skapades med ett annat användarkontos nyckelring. Själva databasen är orörd.',
      },
      keychainUnavailable: {
        title: 'Systemets nyckelring är inte tillgänglig',
        body: 'Nyckeln till uppgifterna förvaras i systemets nyckelring, och nyckelringen är låst eller saknas. Ingenting har ändrats.',
      },
      forgotten: {
        title: 'Glömt lösenfrasen?',
        body: 'Det finns ingen bakdörr: uppgifterna kan bara öppnas med lösenfrasen, och ingen kan återskapa den – inte du, inte supporten.',
      },
    },
    steps: {
      copyFolder: 'Avsluta Växtkraft och kopiera hela datamappen till en säker plats innan du provar något annat.',
      restoreDb:
        'Återställ vaxtkraft.db från en säkerhetskopia av mappen. Om vaxtkraft.db-wal finns ska den ligga kvar bredvid databasen: den innehåller de senaste ändringarna.',
      updateApp: 'Installera den nyare versionen av Växtkraft; den öppnar uppgifterna som de är.',
      restoreKey: 'Återställ key.json från en säkerhetskopia som gjorts under samma användarkonto.',
      loginKeychain: 'Logga in på datorn som vanligt så att nyckelringen låses upp, och starta sedan Växtkraft igen.',
      tryRemember:
        'Försök igen i lugn och ro: kontrollera Caps Lock och tangentbordsspråket. Lösenfrasen skiljer på stora och små bokstäver.',
      restoreExport: 'Återställ från en säkerhetskopia av datamappen, eller börja om och importera en exporterad .vaxtkraft-fil.',
      setAside:
        'Om inget av detta hjälper: lägg undan uppgifterna och börja om med en tom databas (längst ner). De gamla uppgifterna sparas, de raderas inte.',
    },
  },
  setAside: {
    open: 'Börja om med en tom databas…',
    title: 'Börja om med en tom databas',
    explanation:
      'Växtkraft flyttar databasen och dess nyckel till en ny mapp för undanlagda uppgifter i datamappen och startar sedan med en tom databas. Ingenting raderas.',
    keep: 'De undanlagda uppgifterna kan bara öppnas igen med sin gamla lösenfras eller sin gamla nyckelfil. Inget av det som registrerats där finns i den nya databasen.',
    phrase: 'LÄGG UNDAN',
    phraseLabel: 'Skriv {{phrase}} för att bekräfta',
    submit: 'Lägg undan och börja om',
    cancel: 'Avbryt',
    doneTitle: 'Uppgifterna har lagts undan',
    doneFolder: 'De gamla uppgifterna finns nu i den här mappen:',
    doneNext: 'Behåll mappen. Nu skapar Växtkraft en ny, tom databas.',
    doneRestart: 'Avsluta Växtkraft och starta programmet igen: då skapas en ny, tom databas.',
    continue: 'Fortsätt',
  },
  locked: 'Uppgifterna låstes.',
} satisfies typeof en;

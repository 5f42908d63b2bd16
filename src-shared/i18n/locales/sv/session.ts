import type en from '../en/session';

export default {
  create: {
    title: 'Skydda dina uppgifter',
    intro: 'Växtkraft lagrar allt du registrerar krypterat på den här datorn. Välj en lösenfras som låser upp det.',
    warningTitle: 'Lösenfrasen kan inte återställas',
    warning: 'Ingen kan öppna uppgifterna utan den – inte du, inte supporten. Skriv ner den och förvara den säkert.',
    passphrase: 'Lösenfras',
    passphraseDescription: 'Minst {{min}} tecken. Några orelaterade ord är lätta att komma ihåg och svåra att gissa.',
    confirmation: 'Upprepa lösenfrasen',
    submit: 'Skapa krypterat lager',
    strength: {
      label: 'Styrka: {{level}}',
      weak: 'svag',
      fair: 'godtagbar',
      good: 'bra',
      strong: 'stark',
      hintLength: 'Gör den längre: minst {{min}} tecken, gärna 16 eller fler.',
      hintVariety: 'Blanda in versaler, siffror eller andra tecken – eller lägg till ett ord.',
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
  locked: 'Uppgifterna låstes.',
} satisfies typeof en;

import type en from '../en/backups';

/** Säkerhetskopior som går att återställa, export av nyckeln och automatisk låsning (ärende 15). */
export default {
  settings: {
    title: 'Säkerhetskopior och låsning',
    intro:
      'En säkerhetskopia görs efter dagens första ändring och när appen stängs, krypterad som datan själv. De senaste 7 dagarna, 4 veckorna och 12 månaderna sparas.',
    folder: 'Mapp för säkerhetskopior',
    folderHint: 'En fullständig sökväg, till exempel ett USB-minne eller en nätverksenhet. Tom: mappen backups i datamappen.',
    now: 'Säkerhetskopiera nu',
    made: 'Säkerhetskopian är gjord: {{name}}',
    autoLock: 'Lås efter minuter utan aktivitet',
    autoLockHint: 'Utan tangenttryck eller klick så här länge låses datan och frågar efter lösenfrasen igen (1–240).',
  },
  list: {
    title: 'Säkerhetskopior',
    folder: 'I {{folder}}',
    empty: 'Inga säkerhetskopior i mappen än.',
    date: 'Datum',
    name: 'Fil',
    size: 'Storlek',
    companies: 'Företag',
    actions: 'Åtgärd',
    notRead: 'inte läst',
    wrongKey: 'annan lösenfras',
    damaged: 'skadad',
    restore: 'Återställ',
    restoreLabel: 'Återställ säkerhetskopian från {{date}} ({{name}})',
    confirmTitle: 'Återställa den här säkerhetskopian?',
    confirmBody:
      'Säkerhetskopian från {{date}} ersätter datan som den är nu. Nuvarande data raderas inte: den läggs undan i en mapp i datamappen, som ”Börja om med en tom databas” gör.',
    confirm: 'Lägg undan och återställ',
    restoredTitle: 'Säkerhetskopian är återställd',
    restored: 'Säkerhetskopian från {{date}} är återställd. Datan som den var är undanlagd i den här mappen:',
  },
  restore: {
    open: 'Återställ en säkerhetskopia…',
    title: 'Återställ en säkerhetskopia',
    intro: 'Skriv den lösenfras datan hade när säkerhetskopiorna gjordes, för att se vad var och en innehåller.',
    passphrase: 'Säkerhetskopiornas lösenfras',
    show: 'Visa säkerhetskopior',
  },
  key: {
    title: 'Exportera nyckeln',
    intro:
      'Den här datan låses upp med datorns nyckelring, så säkerhetskopiorna öppnas bara med den nyckeln. Exportera nyckeln, krypterad med en lösenfras du väljer, och förvara den skild från säkerhetskopiorna: utan den kan en säkerhetskopia inte öppnas på en annan dator.',
    passphrase: 'Lösenfras för nyckelfilen',
    confirmation: 'Upprepa lösenfrasen',
    submit: 'Exportera nyckeln',
    done: 'Nyckelfilen sparas som {{name}}. Förvara lösenfrasen säkert, skild från filen.',
  },
  sizeMb: '{{size}} MB',
  sizeKb: '{{size}} kB',
} satisfies typeof en;

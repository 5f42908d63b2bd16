import type en from '../en/submitted';

export default {
  card: {
    title: 'Inlämnade rapporter',
    intro:
      'Markera rapporten som inlämnad när du skickar den: dess siffror, urval och period sparas så som de skickades, med ett fingeravtryck (SHA-256) av filen. Senare kan du jämföra dem med vad samma rapport visar i dag.',
    submit: 'Markera som inlämnad…',
    empty: 'Ingen rapport har markerats som inlämnad.',
    open: 'Öppna',
    line: '{{from}} – {{to}} · inlämnad {{at}}',
    external: 'för externa läsare',
    internal: 'intern',
  },
  confirm: {
    title: 'Markera rapporten som inlämnad',
    body: 'Rapporten för {{from}} – {{to}} sparas som en fil att skicka, och dess siffror sparas exakt som i den filen. Skicka den filen.',
    format: 'Filformat',
    confirm: 'Spara filen och markera som inlämnad',
    cancel: 'Avbryt',
    done: 'Markerad som inlämnad och sparad som {{fileName}}.',
  },
  view: {
    title: 'Inlämnad rapport, {{from}} – {{to}}',
    sentAt: 'Inlämnad {{at}} som {{fileName}}',
    sha: 'SHA-256 för filen: {{sha}}',
    sent: 'Som den skickades',
    today: 'I dag',
    noChanges: 'Samma rapport visar samma siffror i dag.',
    changes_one: '{{count}} siffra är annorlunda i dag',
    changes_other: '{{count}} siffror är annorlunda i dag',
    changeTable: 'Ändrade siffror',
    where: 'Siffra',
    close: 'Stäng',
  },
} satisfies typeof en;

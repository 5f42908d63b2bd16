import type en from '../en/folder';

export default {
  tab: 'Delad mapp',
  intro:
    'Filer till och från andra kontor går via den delade utbytesmappen (en nätverksenhet eller en synkad mapp). Varje fil öppnas bara av kontoret den skickas till.',
  where: 'Utbytesmapp:',
  notSet: 'Ingen utbytesmapp är vald ännu. Välj en under Inställningar (hela sökvägen till en delad eller synkad mapp).',
  send: {
    title: 'Skicka ändringar',
    intro:
      'Skickar det som har ändrats sedan den senaste filen till det kontoret. Den första filen till ett kontor innehåller allt; det gör också en fullständig omsändning, till ett kontor som har tappat en fil.',
    empty: 'Inga andra kontor ännu. Lägg till dem under Kontor och nycklar.',
    office: 'Kontor',
    last: 'Senaste fil',
    never: 'Inget skickat ännu',
    lastSent: 'Nr {{sequence}}, {{date}}',
    lastSentFull: 'Nr {{sequence}} (allt), {{date}}',
    changes: 'Skicka ändringar',
    changesLabel: 'Skicka ändringar till {{name}}',
    full: 'Fullständig omsändning',
    fullLabel: 'Skicka allt igen till {{name}}',
    done: 'Fil nr {{sequence}} till {{name}} ligger i utbytesmappen: {{companies}} företag, {{people}} personer, {{tombstones}} borttagningar.',
  },
  inbox: {
    title: 'Inkorg',
    intro:
      'Filer i utbytesmappen som skickats till det här kontoret. Granska en fil för att se vad den ändrar och tillämpa den sedan; då flyttas den till mappen processed.',
    refresh: 'Uppdatera',
    empty: 'Inga filer till det här kontoret i utbytesmappen.',
    file: 'Fil',
    from: 'Från',
    number: 'Nr',
    numberFull: '{{sequence}} (allt)',
    noNumber: '–',
    state: 'Anmärkning',
    missing_one: 'Fil nr {{missing}} från {{sender}} har inte kommit. Den här filen kan ändå tillämpas om den inte behöver något ur den.',
    missing_other:
      'Filerna nr {{missing}} från {{sender}} har inte kommit. Den här filen kan ändå tillämpas om den inte behöver något ur dem.',
    duplicate: 'Redan tillämpad. Att tillämpa den igen ändrar ingenting; den flyttas bara till mappen processed.',
    ok: 'I ordning',
    check: 'Granska',
    checkLabel: 'Granska filen {{name}}',
    applied: '{{name}} tillämpades. Företag: {{cNew}} nya, {{cUpdated}} uppdaterade, {{cDeleted}} borttagna.',
    appliedDuplicate: '{{name}} hade redan tillämpats: ingenting ändrades. Den flyttades till mappen processed.',
    notMoved: 'Filen kunde inte flyttas till mappen processed; flytta eller ta bort den själv.',
    otherOffices_one: '1 fil skickad till ett annat kontor (den ligger kvar åt det kontoret).',
    otherOffices_other: '{{count}} filer skickade till andra kontor (de ligger kvar åt de kontoren).',
    ignoredTitle: 'Lämnade i mappen',
    ignored: {
      partial: 'Skrivs eller synkas fortfarande (ett tillfälligt namn). Den visas här när den är klar.',
      foreign: 'Inte en utbytesfil från Växtkraft.',
      truncated: 'Ofullständig: avbruten under kopiering eller synkning. Be avsändaren skicka den igen.',
      otherOffice: 'Skickad till ett annat kontor, inte till det här.',
      unsigned: 'Inte signerad av kontoret den anger, så avsändaren går inte att lita på. Be avsändaren skicka den igen.',
      unreadable: 'Går inte att läsa här.',
    },
  },
} satisfies typeof en;

import { entry, type GlossaryEntry } from './glossaryTerm';

/** The glossary’s concepts of the programme around the assessment: plans, activities, hours, data, reports and offices. */
export const PROGRAMME_TERMS = [
  entry(
    'advisor',
    {
      term: 'rådgivare',
      forms: ['rådgivaren', 'rådgivarna', 'rådgivarens'],
      definition: 'Den som arbetar med företagen i programmet och använder Växtkraft.',
      avoid: ['handläggare*', 'affärscoach*'],
    },
    {
      term: 'advisor',
      forms: ['advisors', 'advisor’s'],
      definition: 'The person who works with the companies in the programme and uses Växtkraft.',
      avoid: ['counsellor*', 'caseworker*'],
    },
  ),
  entry(
    'developmentPlan',
    {
      term: 'utvecklingsplan',
      forms: ['utvecklingsplanen', 'utvecklingsplaner', 'plan', 'planen'],
      definition: 'Företagets plan med aktiviteter som ska minska gapen och ta företaget mot målen.',
      avoid: ['handlingsplan*', 'åtgärdsplan*', 'kompetensutvecklingsplan*'],
    },
    {
      term: 'development plan',
      forms: ['development plans', 'plan', 'plans'],
      definition: 'The company’s plan of activities that close the gaps and take the company towards its goals.',
      avoid: ['action plan*', 'training plan*'],
    },
  ),
  entry(
    'activity',
    {
      term: 'aktivitet',
      forms: ['aktiviteten', 'aktiviteter', 'aktiviteterna'],
      definition: 'Något i utvecklingsplanen som personer deltar i: en kurs, handledning, ett studiebesök.',
      avoid: ['kompetensinsats*', 'utbildningsinsats*'],
    },
    {
      term: 'activity',
      forms: ['activities'],
      definition: 'Something in the development plan that people take part in: a course, coaching, a study visit.',
      avoid: ['intervention*', 'training measure*'],
    },
  ),
  entry(
    'provider',
    {
      term: 'anordnare',
      forms: ['anordnaren', 'anordnarna'],
      definition: 'Den som genomför en aktivitet: en kommun, en utbildningsanordnare, en konsult.',
      avoid: ['leverantör*', 'utförare*', 'kursarrangör*'],
    },
    {
      term: 'provider',
      forms: ['providers'],
      definition: 'Who delivers an activity: a municipality, an education provider, a consultant.',
      avoid: ['supplier*', 'vendor*'],
    },
  ),
  entry(
    'participant',
    {
      term: 'deltagare',
      forms: ['deltagaren', 'deltagarna', 'deltagares'],
      definition: 'En person i ett inskrivet företag som deltar i programmets aktiviteter.',
      avoid: ['kursdeltagare*', 'medverkande'],
    },
    {
      term: 'participant',
      forms: ['participants'],
      definition: 'A person in an enrolled company who takes part in the programme’s activities.',
      avoid: ['attendee*'],
    },
  ),
  entry(
    'activityHours',
    {
      term: 'aktivitetstimmar',
      forms: ['aktivitetstimmarna', 'timmar'],
      definition: 'Hur länge aktiviteterna pågår, räknat en gång per aktivitet oavsett hur många som deltar.',
      avoid: ['kurstimmar*', 'lektionstimmar*'],
    },
    {
      term: 'activity hours',
      forms: ['hours'],
      definition: 'How long the activities last, counted once per activity however many take part.',
      avoid: ['course hours', 'lesson hours'],
    },
  ),
  entry(
    'participantHours',
    {
      term: 'deltagartimmar',
      forms: ['deltagartimmarna'],
      definition: 'Aktivitetstimmarna gånger deltagarna: varje deltagares timmar sammanlagt, det som finansiären räknar.',
      avoid: ['persontimmar*', 'mantimmar*'],
    },
    {
      term: 'participant-hours',
      forms: [],
      definition: 'The activity hours times the participants: every participant’s hours added up, what the funder counts.',
      avoid: ['participant hours', 'person-hours', 'person hours', 'man-hours', 'man hours'],
    },
  ),
  entry(
    'advisorHours',
    {
      term: 'rådgivartimmar',
      forms: ['rådgivartimmarna'],
      definition: 'Den tid rådgivaren lägger på kontakter med företagen (möten, samtal, besök), i kvartar.',
      avoid: ['rådgivningstimmar*', 'konsulttimmar*'],
    },
    {
      term: 'advisor hours',
      forms: [],
      definition: 'The time the advisor spends in contact with the companies (meetings, calls, visits), in quarter hours.',
      avoid: ['advice hours', 'consulting hours'],
    },
  ),
  entry(
    'database',
    {
      term: 'databas',
      forms: ['databasen', 'databaser'],
      definition: 'Den krypterade filen på datorn som håller allt som registrerats i Växtkraft.',
      avoid: ['lager', 'lagret', 'lagren', 'lagrets', 'datalager*', 'datafil*'],
    },
    {
      term: 'database',
      forms: ['databases'],
      definition: 'The encrypted file on this computer that holds everything registered in Växtkraft.',
      avoid: ['store', 'stores', 'data store*', 'datastore*', 'data file*'],
    },
  ),
  entry(
    'backup',
    {
      term: 'säkerhetskopia',
      forms: ['säkerhetskopian', 'säkerhetskopior', 'säkerhetskopiorna', 'säkerhetskopiera'],
      definition: 'En krypterad kopia av databasen som Växtkraft gör varje dag och när programmet stängs.',
      avoid: ['backup', 'backupen', 'backuper', 'reservkopi*'],
    },
    {
      term: 'backup',
      forms: ['backups', 'back up'],
      definition: 'An encrypted copy of the database that Växtkraft makes each day and when the app closes.',
      avoid: ['safety copy*', 'snapshot*'],
    },
  ),
  entry(
    'externalReport',
    {
      term: 'extern rapport',
      forms: ['externa rapporten', 'extern'],
      definition: 'Programrapporten för finansiären och andra utanför kontoret: uppgifter om färre än 5 personer är dolda.',
      avoid: ['lämnar kontoret', 'publik version', 'offentlig version'],
    },
    {
      term: 'external report',
      forms: ['external'],
      definition: 'The programme report for the funder and others outside the office: figures about fewer than 5 people are hidden.',
      avoid: ['leaves the office', 'public version'],
    },
  ),
  entry(
    'internalReport',
    {
      term: 'intern rapport',
      forms: ['interna rapporten', 'intern'],
      definition: 'Programrapporten som stannar på kontoret, med alla tal.',
      avoid: ['stannar på kontoret-versionen'],
    },
    {
      term: 'internal report',
      forms: ['internal'],
      definition: 'The programme report that stays in the office, with every figure.',
      avoid: ['in-house version'],
    },
  ),
  entry(
    'office',
    {
      term: 'kontor',
      forms: ['kontoret', 'kontorets', 'kontoren'],
      definition: 'Ett rådgivningskontor med egen databas och egen kontorsnyckel; kontoren utbyter uppgifter med utbytesfiler.',
      avoid: ['filialkontor*', 'lokalkontor*'],
    },
    {
      term: 'office',
      forms: ['offices', 'office’s'],
      definition: 'An advice office with its own database and office key; the offices share data through exchange files.',
      avoid: ['branch office*', 'site office*'],
    },
  ),
  entry(
    'exchangeFile',
    {
      term: 'utbytesfil',
      forms: ['utbytesfilen', 'utbytesfiler', 'utbytesfilerna'],
      definition: 'En krypterad fil (.vaxtkraft) med ändringar som ett kontor skickar till ett annat.',
      avoid: ['överföringsfil*', 'exportpaket*', 'synkfil*'],
    },
    {
      term: 'exchange file',
      forms: ['exchange files'],
      definition: 'An encrypted file (.vaxtkraft) of changes that one office sends to another.',
      avoid: ['transfer file*', 'sync file*', 'export package*'],
    },
  ),
  entry(
    'consent',
    {
      term: 'samtycke',
      forms: ['samtycket', 'samtycken', 'samtycka'],
      definition: 'Ett registrerat ja (av vem och när) till att uppgifter sparas eller delas; kan återkallas.',
      avoid: ['medgivande*', 'tillstånd att lagra'],
    },
    {
      term: 'consent',
      forms: ['consents'],
      definition: 'A recorded yes (by whom and when) to data being kept or shared; it can be withdrawn.',
      avoid: ['permission to store', 'opt-in*'],
    },
  ),
  entry(
    'followUpDetails',
    {
      term: 'uppföljningsuppgifter',
      forms: ['uppföljningsuppgifterna', 'uppföljningsuppgift'],
      definition: 'Uppgifter om en person (kön, födelseår, bakgrund) som finansiären följer upp; sparas bara med samtycke.',
      avoid: ['statistikuppgifter*', 'bakgrundsdata*'],
    },
    {
      term: 'follow-up details',
      forms: ['follow-up detail'],
      definition: 'Details about a person (gender, birth year, background) that the funder follows up; kept only with consent.',
      avoid: ['statistical details', 'background data'],
    },
  ),
  entry(
    'opensInNewWindow',
    {
      term: 'öppnas i ett nytt fönster',
      forms: ['nytt fönster', 'fönstret'],
      definition: 'Ett dokument eller en utskrift visas i ett eget fönster i programmet (Växtkraft har inga flikar).',
      avoid: ['ny flik', 'nya flik*', 'egen flik', 'annan flik'],
    },
    {
      term: 'opens in a new window',
      forms: ['new window', 'window'],
      definition: 'A document or print view shows in a window of its own: a desktop app has no tabs.',
      avoid: ['new tab', 'new tabs', 'browser tab*'],
    },
  ),
] as const satisfies readonly GlossaryEntry[];

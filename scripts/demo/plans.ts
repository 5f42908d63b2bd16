/**
 * Demo development plans for `npm run seed:demo`: fictitious providers across the region, and for every enrolled or
 * completed company a plan built from its gap suggestions plus a company-level network meeting, with activities in
 * every status (done ones in the past with an outcome, booked and planned ones ahead) and a next follow-up date.
 * Runs through the real services, so the data obeys every rule the app does.
 */
import { clockFrom } from '@shared/clock';
import type { Kysely } from 'kysely';
import { api } from '@shared/api';
import type { ChannelName, ParsedInputOf } from '@shared/api';
import type { ActivityStatus, ProviderKind } from '@shared/api/plans';
import { createActivity, suggestActivities, updatePlan } from '../../src-main/services/plans';
import { createProvider } from '../../src-main/services/providers';
import type { Database } from '../../src-main/store/schema';

const PROVIDERS: Array<{ name: string; kind: ProviderKind; municipalityCode: string; topics: string[]; contact: string }> = [
  {
    name: 'Örebro kommun, Näringslivsenheten',
    kind: 'municipality',
    municipalityCode: '1880',
    topics: ['Nätverk', 'Etablering'],
    contact: 'naringsliv@orebro.example',
  },
  {
    name: 'Västerås stad, Företagslots',
    kind: 'municipality',
    municipalityCode: '1980',
    topics: ['Tillstånd', 'Nätverk'],
    contact: 'foretagslots@vasteras.example',
  },
  {
    name: 'Bergslagens Lärcentrum',
    kind: 'education_provider',
    municipalityCode: '1885',
    topics: ['Ekonomi', 'Svenska i arbetet', 'IT'],
    contact: 'kurs@larcentrum.example',
  },
  {
    name: 'Mälardalens Yrkesakademi',
    kind: 'education_provider',
    municipalityCode: '1983',
    topics: ['Ledarskap', 'Projektledning'],
    contact: 'info@yrkesakademi.example',
  },
  {
    name: 'Kumla Folkhögskola, uppdragsutbildning',
    kind: 'education_provider',
    municipalityCode: '1881',
    topics: ['Hållbarhet', 'Kommunikation'],
    contact: 'uppdrag@kfhs.example',
  },
  {
    name: 'Ekberg Försäljningsutveckling',
    kind: 'consultant',
    municipalityCode: '1880',
    topics: ['Försäljning', 'Kundservice'],
    contact: 'lena@ekberg.example',
  },
  {
    name: 'Digitalt Steg AB',
    kind: 'consultant',
    municipalityCode: '1980',
    topics: ['Digitalisering', 'E-handel', 'IT-säkerhet'],
    contact: 'hej@digitaltsteg.example',
  },
  {
    name: 'Sala Ledarskapscoachning',
    kind: 'consultant',
    municipalityCode: '1981',
    topics: ['Ledarskap', 'Coachning'],
    contact: 'coach@salaledarskap.example',
  },
  {
    name: 'Nyföretagarcentrum Bergslagen',
    kind: 'business_support',
    municipalityCode: '1883',
    topics: ['Affärsplan', 'Mentorskap'],
    contact: 'radgivning@nfc.example',
  },
  {
    name: 'Företagarnas exportnätverk Mälardalen',
    kind: 'business_support',
    municipalityCode: '1984',
    topics: ['Export', 'Nätverk'],
    contact: 'export@natverk.example',
  },
  {
    name: 'Arboga Hantverksgille',
    kind: 'other',
    municipalityCode: '1984',
    topics: ['Hantverk', 'Studiebesök'],
    contact: 'gillet@arboga.example',
  },
];

const FUNDING = ['Programmets stöd (ESF)', 'Företaget', 'Kompetensutvecklingscheck', 'Regionen'];
const RESPONSIBLE = ['Ägaren', 'Rådgivaren', 'Arbetsledaren'];
const OUTCOMES = [
  'Deltagarna har redan börjat använda det de lärde sig.',
  'Bra upplägg, men mer tid för egna exempel hade behövts.',
  'Gav en tydlig plan för nästa steg.',
];
/** Every status appears, weighted towards the ones a running plan mostly has. */
const STATUS_CYCLE: ActivityStatus[] = ['done', 'ongoing', 'booked', 'planned', 'planned', 'cancelled', 'done', 'booked'];

const parse = <C extends ChannelName>(channel: C, input: unknown): ParsedInputOf<C> => api[channel].input.parse(input) as ParsedInputOf<C>;

function addDays(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface DemoPlansResult {
  providers: number;
  plans: number;
  activities: number;
}

export async function seedDemoPlans(
  db: Kysely<Database>,
  companyIds: readonly string[],
  rng: () => number,
  now: Date = new Date(),
): Promise<DemoPlansResult> {
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const deps = clockFrom(() => now);
  const result: DemoPlansResult = { providers: 0, plans: 0, activities: 0 };

  const providerIds: string[] = [];
  for (const p of PROVIDERS) {
    providerIds.push((await createProvider(db, parse('providers.create', p), deps)).id);
    result.providers++;
  }
  if (companyIds.length === 0) return result;
  const companies = await db
    .selectFrom('companies')
    .select(['id', 'status'])
    .where('id', 'in', [...companyIds])
    .execute();
  let n = 0;

  for (const company of companies) {
    if (company.status !== 'enrolled' && company.status !== 'completed') continue;
    const { suggestions } = await suggestActivities(db, parse('plans.suggest', { companyId: company.id, language: 'sv' }));
    if (suggestions.length === 0) continue;
    const people = await db.selectFrom('people').select('id').where('company_id', '=', company.id).execute();
    const proposals = [
      ...suggestions.slice(0, 5),
      {
        title: 'Nätverksträff: Företagare i Bergslagen',
        typeId: 'network_meeting' as const,
        level: 'company' as const,
        competenceIds: [] as string[],
        personIds: people.slice(0, 2).map((p) => p.id),
        hours: 3,
      },
    ];
    for (const s of proposals) {
      const status = STATUS_CYCLE[n++ % STATUS_CYCLE.length]!;
      // Done and ongoing activities have started; booked and planned ones lie ahead.
      const startOffset =
        status === 'done' ? -int(40, 120) : status === 'ongoing' ? -int(5, 30) : status === 'cancelled' ? int(-20, 40) : int(10, 150);
      const length = s.typeId === 'coaching' || s.typeId === 'mentoring' ? int(30, 120) : int(0, 20);
      const hours = s.hours;
      await createActivity(
        db,
        parse('activities.create', {
          companyId: company.id,
          title: s.title,
          typeId: s.typeId,
          level: s.level,
          competenceIds: 'competenceId' in s ? [s.competenceId] : s.competenceIds,
          personIds: s.personIds,
          providerId: pick(providerIds),
          plannedStart: addDays(now, startOffset),
          plannedEnd: addDays(now, startOffset + length),
          hours,
          costSek: Math.round(hours * int(400, 1200) * s.personIds.length),
          fundingSource: pick(FUNDING),
          responsible: pick(RESPONSIBLE),
          status,
          outcomeRating: status === 'done' ? int(3, 5) : null,
          outcomeComment: status === 'done' ? pick(OUTCOMES) : null,
          attendanceWaiver: status === 'done' ? 'Närvaron fördes på anordnarens lista.' : null,
          internalNote: rng() < 0.3 ? 'Intern: fråga om rabatt vid fler deltagare.' : null,
        }),
        deps,
      );
      result.activities++;
    }
    // Some follow-ups are overdue, some due within the month, the rest later.
    await updatePlan(db, parse('plans.update', { companyId: company.id, patch: { nextFollowUp: addDays(now, int(-10, 90)) } }), deps);
    result.plans++;
  }
  return result;
}

/**
 * Fictitious demo data for the register: `npm run seed:demo -- --data DIR [--companies N]`.
 * Unlocks the store in DIR with VAXTKRAFT_PASSPHRASE (creating it if the folder has none), like the browser
 * host, and writes through the services so that every rule holds. Deterministic: the same N gives the
 * same companies (numbers that already exist are skipped over).
 */
import { clockFrom } from '@shared/clock';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { companyCreateSchema } from '@shared/api/companies';
import { AppError } from '@shared/api/errors';
import { personCreateSchema } from '@shared/api/people';
import type { PersonCreateInput } from '@shared/api/people';
import type { CompanyStatus } from '@shared/domain/company';
import { MUNICIPALITIES } from '@shared/domain/municipalities';
import { withCheckDigit } from '@shared/domain/orgNumber';
import { checkOrgNumber, createCompany } from '../src-main/services/companies';
import { seedDemoRounds } from './demo/rounds';
import { seedDemoPlans } from './demo/plans';
import { createPerson } from '../src-main/services/people';
import { acquireDataLock } from '../src-main/store/lock';
import { Session } from '../src-main/store/session';

function fail(message: string): never {
  process.stderr.write(`seed:demo: ${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { data: { type: 'string' }, companies: { type: 'string', default: '40' } },
  strict: true,
});
if (!values.data) fail('give the data folder: npm run seed:demo -- --data DIR [--companies N]');
const count = Number(values.companies);
if (!Number.isInteger(count) || count < 1 || count > 100_000)
  fail(`--companies must be a whole number from 1 to 100000, not "${values.companies}"`);
const passphrase = process.env.VAXTKRAFT_PASSPHRASE;
if (!passphrase) fail('set VAXTKRAFT_PASSPHRASE to the passphrase that unlocks (or will create) the store');
const dataDir = path.resolve(values.data);

// ---------- deterministic randomness ----------
let state = 0x5eed ^ count;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (p: number) => random() < p;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

// ---------- vocabulary ----------
const TRADES = [
  { word: 'Snickeri', sni: '43320', title: 'Snickare' },
  { word: 'Bygg', sni: '41200', title: 'Byggnadsarbetare' },
  { word: 'Måleri', sni: '43341', title: 'Målare' },
  { word: 'Bageri', sni: '10710', title: 'Bagare' },
  { word: 'Redovisning', sni: '69201', title: 'Redovisningskonsult' },
  { word: 'Frisörsalong', sni: '96021', title: 'Frisör' },
  { word: 'El & Installation', sni: '43210', title: 'Elektriker' },
  { word: 'Trädgårdstjänst', sni: '81300', title: 'Trädgårdsarbetare' },
  { word: 'IT-konsult', sni: '62020', title: 'Systemutvecklare' },
  { word: 'Café', sni: '56100', title: 'Barista' },
  { word: 'Städservice', sni: '81210', title: 'Lokalvårdare' },
  { word: 'Fotografi', sni: '74201', title: 'Fotograf' },
  { word: 'Bilverkstad', sni: '45201', title: 'Fordonstekniker' },
  { word: 'Keramikstudio', sni: '23410', title: 'Keramiker' },
  { word: 'Hudvård', sni: '96022', title: 'Hudterapeut' },
  { word: 'Rörservice', sni: '43221', title: 'Rörmokare' },
  { word: 'Tryckeri', sni: '18121', title: 'Tryckare' },
  { word: 'Åkeri', sni: '49410', title: 'Lastbilschaufför' },
  { word: 'Gårdsbutik', sni: '47210', title: 'Butiksbiträde' },
  { word: 'Smide', sni: '25500', title: 'Smed' },
] as const;
const PLACES = ['Berg', 'Ek', 'Lind', 'Sol', 'Ås', 'Norr', 'Sjö', 'Älv', 'Björk', 'Gran', 'Mo', 'Kull', 'Hag', 'Ängs', 'Bäck', 'Ström'];
const PLACE_ENDINGS = ['backens', 'dalens', 'ens', 'vikens', 'torpets', 'gårdens', 'bygdens', 'skogens'];
const FIRST_WOMEN = [
  'Anna',
  'Maria',
  'Karin',
  'Sara',
  'Elin',
  'Emma',
  'Linnea',
  'Sofia',
  'Ida',
  'Maja',
  'Fatima',
  'Amira',
  'Johanna',
  'Lena',
  'Eva',
  'Aino',
];
const FIRST_MEN = [
  'Erik',
  'Lars',
  'Johan',
  'Anders',
  'Karl',
  'Mikael',
  'Oskar',
  'Ali',
  'Ahmed',
  'Nils',
  'Per',
  'Mats',
  'Jonas',
  'David',
  'Olle',
  'Tomas',
];
const SURNAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Lindgren',
  'Berglund',
  'Lundqvist',
  'Håkansson',
  'Öberg',
  'Sjöberg',
  'Hassan',
  'Yilmaz',
  'Virtanen',
  'Nowak',
  'Ekström',
  'Forsberg',
];
const ADVISORS = ['Helena Rådberg', 'Jonas Vägledare', 'Petra Stödholm'];
const STATUSES: CompanyStatus[] = ['prospect', 'prospect', 'prospect', 'enrolled', 'enrolled', 'enrolled', 'completed', 'withdrawn'];
const OTHER_PLACES = ['Eskilstuna', 'Uppsala', 'Karlstad', 'Katrineholm'];

function pastDate(now: Date, maxDaysBack: number): string {
  return new Date(now.getTime() - int(1, maxDaysBack) * 86_400_000).toISOString().slice(0, 10);
}

function personName(): { name: string; gender: 'woman' | 'man' } {
  const gender = chance(0.5) ? 'woman' : 'man';
  return { name: `${pick(gender === 'woman' ? FIRST_WOMEN : FIRST_MEN)} ${pick(SURNAMES)}`, gender };
}

function legalOrgNumber(): string {
  // Aktiebolag mostly (55, 556, 559), some handelsbolag (96); digits 3–4 are always ≥ 20.
  const head = pick(['556', '559', '556', '969']);
  const body = `${head}${int(200, 999)}${pad(int(0, 999), 3)}`;
  return withCheckDigit(body.slice(0, 9));
}

function soleTraderNumber(birthYear: number): string {
  return withCheckDigit(`${pad(birthYear % 100, 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pad(int(0, 999), 3)}`);
}

// ---------- run ----------
const lock = (() => {
  try {
    return acquireDataLock(dataDir);
  } catch (e) {
    if (e instanceof AppError && e.code === 'store.inUse')
      fail(`the store in ${dataDir} is in use by process ${String(e.params.pid)}; close it first`);
    throw e;
  }
})();

const session = new Session({ dataDir, unlockMode: 'passphrase', systemLocale: 'sv-SE' });
try {
  try {
    if (session.status().storeExists) await session.unlock(passphrase);
    else await session.create(passphrase);
  } catch (e) {
    if (e instanceof AppError) {
      const why: Record<string, string> = {
        'store.wrongPassphrase': 'VAXTKRAFT_PASSPHRASE does not unlock this store',
        'store.corrupt': 'the database file is damaged',
        'store.newerVersion': 'the store was written by a newer version of Växtkraft',
      };
      fail(`${why[e.code] ?? e.code} (${dataDir})`);
    }
    throw e;
  }

  const now = new Date();
  const thisYear = now.getUTCFullYear();
  let people = 0;
  let rounds = 0;
  const used = new Set<string>();
  const companyIds: string[] = [];
  const started = performance.now();

  await session.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const trade = TRADES[i % TRADES.length]!;
      const municipality = MUNICIPALITIES[i % MUNICIPALITIES.length]!;
      const outside = i % 23 === 22;
      const owner = personName();
      const ownerBirthYear = int(thisYear - 64, thisYear - 24);
      const sole = chance(0.25);

      let orgNumber = '';
      for (let attempt = 0; attempt < 50; attempt++) {
        orgNumber = sole ? soleTraderNumber(ownerBirthYear) : legalOrgNumber();
        if (used.has(orgNumber)) continue;
        const { duplicate } = await checkOrgNumber(trx, { orgNumber, excludeId: null });
        if (!duplicate) break;
      }
      used.add(orgNumber);

      const place = `${pick(PLACES)}${pick(PLACE_ENDINGS)}`;
      const name = sole
        ? `${owner.name.split(' ')[1]}s ${trade.word}`
        : `${place.charAt(0).toUpperCase()}${place.slice(1)} ${trade.word} ${chance(0.85) ? 'AB' : 'HB'}`;
      // Mostly solo and micro enterprises, a few small ones (the programme takes up to 20 employees).
      const staff = sole ? (chance(0.8) ? 0 : 1) : chance(0.1) ? int(10, 20) : int(0, 7);
      const status = pick(STATUSES);
      const engaged = status !== 'prospect' || chance(0.3);
      const ambitionDate = pastDate(now, 400);

      const company = await createCompany(
        trx,
        companyCreateSchema.parse({
          name,
          orgNumber,
          municipalityCode: outside ? 'other' : municipality.code,
          municipalityOther: outside ? pick(OTHER_PLACES) : null,
          sniCode: trade.sni,
          sniVersion: '2007',
          employees: staff,
          yearFounded: int(1975, thisYear - 1),
          contactName: owner.name,
          contactPhone: `0${pick(['19', '21', '586', '581', '224'])}-${int(10, 99)} ${int(10, 99)} ${int(10, 99)}`,
          contactEmail: `${owner.name.split(' ')[0]!.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}@${
            name
              .toLowerCase()
              .replace(/[^a-z]+/g, '')
              .slice(0, 16) || 'foretag'
          }.se`,
          advisor: pick(ADVISORS),
          office: municipality.county === 'orebro' ? 'Örebro' : 'Västerås',
          growthAmbition: engaged ? true : chance(0.5) ? null : false,
          growthAmbitionDate: engaged ? ambitionDate : null,
          consentBy: engaged ? owner.name : null,
          consentAt: engaged ? ambitionDate : null,
          consentScope: engaged ? 'Kartläggning, utvecklingsplan och uppföljning inom programmet' : null,
          status,
        }),
        clockFrom(() => now),
      );
      companyIds.push(company.id);

      const members: PersonCreateInput[] = [{ companyId: company.id, name: owner.name, role: 'owner', jobTitle: 'VD' }];
      const extra = Math.min(7, sole ? int(0, 1) : int(0, Math.max(1, staff)));
      for (let k = 0; k < extra; k++) {
        const p = personName();
        const role = k === 0 && staff >= 4 ? 'manager' : chance(0.2) ? 'prospective' : 'employee';
        members.push({
          companyId: company.id,
          name: p.name,
          role,
          jobTitle: role === 'manager' ? 'Arbetsledare' : trade.title,
          startDate: role === 'prospective' ? null : pastDate(now, 3000),
        });
      }
      for (const [k, m] of members.entries()) {
        const consent = engaged && chance(0.6);
        const gender = k === 0 ? owner.gender : pick(['woman', 'man', 'non_binary', 'not_stated'] as const);
        const followup: Partial<PersonCreateInput> = consent
          ? {
              followupConsent: true,
              followupConsentAt: pastDate(now, 200),
              gender,
              birthYear: k === 0 ? ownerBirthYear : int(thisYear - 62, thisYear - 19),
              foreignBackground: pick(['yes', 'no', 'no', 'not_stated'] as const),
              thirdCountryNational: pick(['no', 'no', 'yes', 'not_stated'] as const),
              disability: pick(['no', 'no', 'no', 'yes', 'not_stated'] as const),
              educationLevel: pick(['isced_0_2', 'isced_3_4', 'isced_3_4', 'isced_5_8', 'not_stated'] as const),
              employmentStatus: m.role === 'prospective' ? pick(['unemployed', 'long_term_unemployed', 'inactive'] as const) : 'employed',
            }
          : {};
        // Every other person agreed that the plan shows their ratings to the employer (dated today by the service).
        const sharing = { ratingsShared: k % 2 === 0 };
        await createPerson(
          trx,
          personCreateSchema.parse({ ...m, ...followup, ...sharing }),
          clockFrom(() => now),
        );
        people++;
      }
    }
    rounds = (await seedDemoRounds(trx, companyIds, random, now)).rounds;
    await seedDemoPlans(trx, companyIds, random, now);
  });

  const ms = Math.round(performance.now() - started);
  process.stdout.write(`Seeded ${count} companies, ${people} people and ${rounds} assessment rounds in ${dataDir} (${ms} ms)\n`);
} finally {
  session.close();
  lock.release();
}

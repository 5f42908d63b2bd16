import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '@shared/api/errors';
import { situationFramework } from '../../src-main/services/frameworks';
import { expectRefused, tableState } from '../helpers/refusal';
import { makeTempDir, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';
import { ENROLLED } from '../helpers/assessmentStore';
import { apply, call, PASS, preview, seal, useExchangeStores, validFile } from '../helpers/exchangeStores';

/** Issue 12: a file that passes the exchange schema but breaks a rule the services keep is refused at preview. */

const store = useExchangeStores();

const COMPANY = 'Regelföretaget AB';
const OTHER = 'Grannföretaget AB';

/** An enrolled company with a person, a round with an answer, a plan activity and an own competence; and a neighbour. */
async function seeded(s: TempStore) {
  const c = await call(s, 'companies.create', { name: COMPANY, orgNumber: orgNumberFor(700), ...ENROLLED });
  const owner = await call(s, 'people.create', { companyId: c.id, name: 'Anna Ägare', role: 'owner' });
  const other = await call(s, 'companies.create', { name: OTHER, orgNumber: orgNumberFor(701) });
  const stranger = await call(s, 'people.create', { companyId: other.id, name: 'Sven Granne', role: 'owner' });
  await call(s, 'competences.createCustom', {
    companyId: c.id,
    name: { sv: 'Svetsning', en: 'Welding' },
    levels: [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: { sv: `Nivå ${level}`, en: `Level ${level}` } })),
  });
  const round = await call(s, 'rounds.start', { companyId: c.id, kind: 'baseline', date: '2025-02-15', advisor: 'Karin Berg' });
  const q = situationFramework(round.frameworkVersion).areas[0]!.questions[0]!;
  await call(s, 'rounds.saveAnswer', { roundId: round.id, questionId: q.id, level: 3 });
  const course = await call(s, 'activities.create', {
    companyId: c.id,
    title: 'Svetskurs',
    level: 'individual',
    personIds: [owner.id],
    plannedStart: '2025-03-01',
    plannedEnd: '2025-04-01',
  });
  const attendance = [{ personId: owner.id, hours: 2 }];
  await call(s, 'sessions.create', { activityId: course.id, date: '2025-03-01', hours: 2, note: null, attendance });
  await call(s, 'contacts.create', {
    companyId: c.id,
    date: '2025-02-20',
    kind: 'visit',
    advisor: 'Karin Berg',
    personIds: [owner.id],
    hours: 1.5,
    summary: 'Genomgång av planen',
    nextSteps: [{ text: 'Boka kursen', dueDate: '2025-03-01', ownerPersonId: owner.id, ownerText: null, done: false }],
  });
  const aid = { date: '2025-02-01', amount: 50_000, currency: 'SEK', grantingBody: 'Regionen', note: null } as const;
  await call(s, 'aid.create', { companyId: c.id, ...aid });
  return { companyId: c.id, ownerId: owner.id, strangerId: stranger.id };
}

type File = Awaited<ReturnType<typeof validFile>>;
type Rec = Record<string, unknown>;
type Seeded = Awaited<ReturnType<typeof seeded>>;

const records = (file: File, key: string) => file[key] as Rec[];
const ourCompany = (file: File, ids: Seeded) => file.companies.find((x) => x['id'] === ids.companyId)!;
const ours = (file: File, key: string, ids: Seeded) => records(file, key).find((r) => r['companyId'] === ids.companyId)!;

interface Case {
  name: string;
  code: ErrorCode;
  craft: (file: File, ids: Seeded) => void;
}

const course = (file: File) => records(file, 'activities').find((a) => a['title'] === 'Svetskurs')!;
const session = (file: File) => (course(file)['sessions'] as Rec[])[0]!;

const CASES: Case[] = [
  {
    name: 'a session before its activity starts',
    code: 'exchange.breaksRule.sessionRule',
    craft: (file) => Object.assign(session(file), { date: '2025-02-15' }),
  },
  {
    name: 'a session dated after today (this office’s calendar)',
    code: 'exchange.breaksRule.sessionRule',
    craft: (file) => Object.assign(session(file), { date: '2025-03-02' }),
  },
  {
    name: 'a session of hours not in quarter hours',
    code: 'exchange.breaksRule.sessionRule',
    craft: (file) => Object.assign(session(file), { hours: 1.1 }),
  },
  {
    name: 'a session attended by someone who is not a participant',
    code: 'exchange.breaksRule.sessionRule',
    craft: (file, ids) => Object.assign(session(file), { attendance: [{ personId: ids.strangerId, hours: 2 }] }),
  },
  {
    name: 'an activity marked done without sessions or a reason why not',
    code: 'exchange.breaksRule.activityDoneNeedsAttendance',
    craft: (file) => Object.assign(course(file), { status: 'done', sessions: [] }),
  },
  {
    name: 'an organisation number already registered, written 16NNNNNNNNNN, under a new id',
    code: 'exchange.breaksRule.orgNumberTaken',
    craft: (file, ids) => {
      const c = ourCompany(file, ids);
      file.companies = [{ ...c, id: uuidv7(), orgNumber: `16${(c['orgNumber'] as string).replace('-', '')}` }];
    },
  },
  {
    name: 'follow-up details on a person without consent',
    code: 'exchange.breaksRule.followupWithoutConsent',
    craft: (file, ids) => Object.assign(ours(file, 'people', ids), { followupConsent: false, followupConsentAt: null, gender: 'woman' }),
  },
  {
    name: 'a participant who leaves before entering',
    code: 'exchange.breaksRule.invalidField',
    craft: (file, ids) => Object.assign(ours(file, 'people', ids), { entryDate: '2024-05-01', exitDate: '2024-04-30' }),
  },
  {
    name: 'a participant’s result at exit without an exit',
    code: 'exchange.breaksRule.invalidField',
    craft: (file, ids) => Object.assign(ours(file, 'people', ids), { entryDate: '2024-05-01', exitInEmployment: true }),
  },
  {
    name: 'a company enrolled without consent',
    code: 'exchange.breaksRule.enrolRequiresConsent',
    craft: (file, ids) => Object.assign(ourCompany(file, ids), { consentBy: null, consentAt: null }),
  },
  {
    name: 'a company enrolled without growth ambition',
    code: 'exchange.breaksRule.enrolRequiresAmbition',
    craft: (file, ids) => Object.assign(ourCompany(file, ids), { growthAmbition: false }),
  },
  {
    name: 'a company outside the region whose municipality is not named',
    code: 'exchange.breaksRule.municipalityOtherRequired',
    craft: (file, ids) => Object.assign(ourCompany(file, ids), { municipalityCode: 'other', municipalityOther: null }),
  },
  {
    name: 'a consent dated after today (this office’s calendar)',
    code: 'exchange.breaksRule.invalidField',
    craft: (file, ids) => Object.assign(ourCompany(file, ids), { consentAt: '2025-12-01' }),
  },
  {
    name: 'an activity with an outcome that is not done',
    code: 'exchange.breaksRule.activityOutcomeOnlyWhenDone',
    craft: (file) => Object.assign(records(file, 'activities')[0]!, { status: 'planned', outcomeRating: 4 }),
  },
  {
    name: 'an activity that ends before it starts',
    code: 'exchange.breaksRule.activityEndBeforeStart',
    craft: (file) => Object.assign(records(file, 'activities')[0]!, { plannedStart: '2025-05-01', plannedEnd: '2025-04-01' }),
  },
  {
    name: 'an activity that names a person of another company',
    code: 'exchange.breaksRule.activityPersonNotInCompany',
    craft: (file, ids) => Object.assign(records(file, 'activities')[0]!, { personIds: [ids.strangerId] }),
  },
  {
    name: 'a round with an unknown framework version',
    code: 'exchange.breaksRule.unknownFrameworkVersion',
    craft: (file, ids) => Object.assign(ours(file, 'rounds', ids), { frameworkVersion: 99 }),
  },
  {
    name: 'a round with an unknown question id',
    code: 'exchange.breaksRule.unknownQuestion',
    craft: (file, ids) => {
      const answers = ours(file, 'rounds', ids)['answers'] as Rec[];
      answers[0]!['questionId'] = 'no-such-question';
    },
  },
  {
    name: 'a round with an unknown area id',
    code: 'exchange.breaksRule.unknownArea',
    craft: (file, ids) => {
      const round = ours(file, 'rounds', ids);
      (round['areaTargets'] as Rec[]).push({ areaId: 'no-such-area', targetLevel: 3, updatedAt: round['updatedAt'] });
    },
  },
  {
    name: 'a round based on a round that is neither in the file nor here',
    code: 'exchange.breaksRule.unknownBasedOnRound',
    craft: (file, ids) => Object.assign(ours(file, 'rounds', ids), { basedOnRoundId: uuidv7() }),
  },
  {
    name: 'a company-specific competence whose level texts are not valid',
    code: 'exchange.breaksRule.invalidCompetenceLevels',
    craft: (file, ids) => Object.assign(ours(file, 'customCompetences', ids), { levels: '[{"level":1,"descriptor":{"sv":"Ett"}}]' }),
  },
  {
    name: 'a contact with a person of another company present',
    code: 'exchange.breaksRule.contactPersonNotInCompany',
    craft: (file, ids) => Object.assign(ours(file, 'contacts', ids), { personIds: [ids.strangerId] }),
  },
  {
    name: 'an activity whose programme share is more than its cost',
    code: 'exchange.breaksRule.activityShareAboveCost',
    craft: (file) => {
      const course = records(file, 'activities').find((a) => a['title'] === 'Svetskurs')!;
      Object.assign(course, { costSek: 1000, programmeShareSek: 1500 });
    },
  },
  {
    name: 'declared de minimis aid dated after today',
    code: 'exchange.breaksRule.aidInFuture',
    craft: (file, ids) => Object.assign(ours(file, 'aid', ids), { date: '2025-03-02' }),
  },
  // The programme's rules on the company (issue 14)
  {
    name: 'a company enrolled with more than 20 employees and no reason why',
    code: 'exchange.breaksRule.sizeReasonRequired',
    craft: (file, ids) => Object.assign(ourCompany(file, ids), { employees: 25, sizeReason: null }),
  },
  {
    name: 'who owns the company, without the company’s consent',
    code: 'exchange.breaksRule.ownerGenderWithoutConsent',
    craft: (file, ids) =>
      Object.assign(ourCompany(file, ids), { status: 'prospect', consentBy: null, consentAt: null, ownerGender: 'women' }),
  },
  {
    name: 'a personnummer whose birth date is after today (this office’s calendar)',
    code: 'exchange.breaksRule.personnummer',
    craft: (file, ids) => Object.assign(ours(file, 'people', ids), { personnummer: '20250601-0004' }),
  },
  {
    name: 'an SNI code whose division its version does not have (45 is gone in SNI 2025)',
    code: 'exchange.breaksRule.invalidField',
    craft: (file, ids) => Object.assign(ourCompany(file, ids), { sniCode: '45110', sniVersion: '2025' }),
  },
];

describe('import obeys the rules the services keep (issue 12)', () => {
  it('the untouched file passes preview', async () => {
    const s = await store();
    await seeded(s);
    const p = await preview(s, await seal(await validFile(s)));
    expect(p.companies.map((c) => c.name)).toContain(COMPANY);
  });

  for (const c of CASES) {
    it(`refuses at preview: ${c.name} (${c.code})`, async () => {
      const s = await store();
      const ids = await seeded(s);
      const file = await validFile(s);
      c.craft(file, ids);
      const sealed = await seal(file);
      const refused = await expectRefused(
        c.code,
        () => preview(s, sealed),
        () => tableState(s.db),
      );
      expect(refused.params['company']).toBe(COMPANY);
    });
  }
});

describe('what the rules canonicalise', () => {
  it('an organisation number written 16NNNNNNNNNN, registered nowhere, is stored in its canonical form', async () => {
    const a = await store();
    const ids = await seeded(a);
    const file = await validFile(a);
    const canonical = ourCompany(file, ids)['orgNumber'] as string;
    ourCompany(file, ids)['orgNumber'] = `16${canonical.replace('-', '')}`;
    const b = await store();
    await apply(b, await preview(b, await seal(file)));
    const row = await b.db.selectFrom('companies').select('org_number').where('id', '=', ids.companyId).executeTakeFirstOrThrow();
    expect(row.org_number).toBe(canonical);
  });

  it('a personnummer written YYMMDD-NNNN is stored as YYYYMMDD-NNNN; owner gender and size reason arrive', async () => {
    const a = await store();
    const ids = await seeded(a);
    const file = await validFile(a);
    Object.assign(ours(file, 'people', ids), { personnummer: '811218-9876' });
    Object.assign(ourCompany(file, ids), { ownerGender: 'women', employees: 25, sizeReason: 'Styrelsens beslut' });
    const b = await store();
    await apply(b, await preview(b, await seal(file)));
    const person = await b.db.selectFrom('people').select('personnummer').where('id', '=', ids.ownerId).executeTakeFirstOrThrow();
    expect(person.personnummer).toBe('19811218-9876');
    const company = await b.db.selectFrom('companies').selectAll().where('id', '=', ids.companyId).executeTakeFirstOrThrow();
    expect([company.owner_gender, company.size_reason]).toEqual(['women', 'Styrelsens beslut']);
  });
});

describe('issue 14 values the exchange schema itself refuses', () => {
  const FILE_CASES: Array<[string, (file: File, ids: Seeded) => void]> = [
    ['50 employees', (file, ids) => Object.assign(ourCompany(file, ids), { employees: 50 })],
    ['an organisation number whose date does not exist', (file, ids) => Object.assign(ourCompany(file, ids), { orgNumber: '811232-9878' })],
    ['a personnummer with a wrong check digit', (file, ids) => Object.assign(ours(file, 'people', ids), { personnummer: '811218-9875' })],
    ['an owner gender that is not one of the choices', (file, ids) => Object.assign(ourCompany(file, ids), { ownerGender: 'woman' })],
  ];
  it.each(FILE_CASES)('refuses %s, storing nothing', async (_name, craft) => {
    const s = await store();
    const ids = await seeded(s);
    const file = await validFile(s);
    craft(file, ids);
    const sealed = await seal(file);
    await expectRefused(
      'exchange.invalidContent',
      () => preview(s, sealed),
      () => tableState(s.db),
    );
  });
});

describe('a file made by the standard `age -p` (no padding) is accepted', () => {
  it('previews and applies', async () => {
    const a = await store();
    await seeded(a);
    const dir = makeTempDir();
    try {
      const gz = path.join(dir, 'export.json.gz');
      const out = path.join(dir, 'export.age');
      fs.writeFileSync(gz, zlib.gzipSync(Buffer.from(JSON.stringify(await validFile(a)), 'utf8')));
      // age reads the passphrase (twice: entry and confirmation) from a terminal only: `script` gives it one.
      execFileSync('script', ['-qec', `age -p -o '${out}' '${gz}'`, '/dev/null'], {
        input: `${PASS}\n${PASS}\n`,
        timeout: 60_000,
      });
      const b = await store();
      const p = await preview(b, fs.readFileSync(out).toString('base64'));
      expect(p.companies.map((c) => c.name).sort()).toEqual([OTHER, COMPANY].sort());
      const counts = await apply(b, p);
      expect(counts.companies.new).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

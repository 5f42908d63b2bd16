import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { FieldIssue } from '@shared/api';
import { AppError, validationError } from '@shared/api/errors';
import type { ErrorCode } from '@shared/api/errors';
import { maskOrgNumber, parseOrgNumber } from '@shared/domain/orgNumber';
import type { Database } from '../../store/schema';
import {
  activityIssues,
  applyConsentRules,
  applyParticipationRules,
  assertLevelsColumn,
  assertParticipants,
  companyRules,
  companiesBefore,
  personnummerRule,
  aidIssues,
  contactIssues,
  findDuplicateOrgNumber,
  namedPeople,
  roundRules,
} from '../rules';
import type { ActivityFields } from '../rules';
import type { ExchangeFile } from './format';
import { inChunks } from './merge';
import { checkActivitySessions, checkSessionIds, storedAttendance } from './activitySessions';

/**
 * Every record of an incoming file obeys the rules its service keeps on a write (the same functions, from ../rules):
 * a file that passes the exchange schema but breaks one is refused at preview, naming the company and the rule.
 */

/** A service's rule, as the import names it. */
const BREACHES: Readonly<Record<string, ErrorCode>> = {
  'company.enrolRequiresConsent': 'exchange.breaksRule.enrolRequiresConsent',
  'company.enrolRequiresAmbition': 'exchange.breaksRule.enrolRequiresAmbition',
  'company.municipalityOtherRequired': 'exchange.breaksRule.municipalityOtherRequired',
  'company.sizeReasonRequired': 'exchange.breaksRule.sizeReasonRequired',
  'company.ownerGenderWithoutConsent': 'exchange.breaksRule.ownerGenderWithoutConsent',
  'personnummer.future': 'exchange.breaksRule.personnummer',
  'person.followupWithoutConsent': 'exchange.breaksRule.followupWithoutConsent',
  'plan.endBeforeStart': 'exchange.breaksRule.activityEndBeforeStart',
  'plan.doneBeforeStart': 'exchange.breaksRule.activityDoneBeforeStart',
  'plan.outcomeOnlyWhenDone': 'exchange.breaksRule.activityOutcomeOnlyWhenDone',
  'plan.personNotInCompany': 'exchange.breaksRule.activityPersonNotInCompany',
  'contact.personNotInCompany': 'exchange.breaksRule.contactPersonNotInCompany',
  'plan.shareAboveCost': 'exchange.breaksRule.activityShareAboveCost',
  'aid.dateInFuture': 'exchange.breaksRule.aidInFuture',
  'assessment.unknownFrameworkVersion': 'exchange.breaksRule.unknownFrameworkVersion',
  'assessment.unknownQuestion': 'exchange.breaksRule.unknownQuestion',
  'assessment.unknownArea': 'exchange.breaksRule.unknownArea',
  'assessment.invalidLevels': 'exchange.breaksRule.invalidCompetenceLevels',
};

/** Runs a service's rule; a breach becomes the import's refusal, for `company`, with `about` (the record's name). */
function obey(company: string, about: Record<string, unknown>, rule: () => unknown): void {
  try {
    rule();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'validation') {
      const issue = (e.params['issues'] as FieldIssue[])[0];
      const code = (issue && BREACHES[issue.message]) ?? 'exchange.breaksRule.invalidField';
      throw new AppError(code, { ...about, field: issue?.path ?? '', company });
    }
    const code = BREACHES[e.code];
    if (!code) throw e;
    throw new AppError(code, { ...e.params, ...about, company });
  }
}

/** id -> value of `column`, for the ids not already in `known`, read from `table` here. */
async function lookUp(
  db: Kysely<Database>,
  table: 'companies' | 'people' | 'plans' | 'rounds',
  column: 'name' | 'company_id',
  ids: Iterable<string>,
  known: Map<string, string>,
): Promise<Map<string, string>> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  const rows = await inChunks(missing, async (c) => {
    const r = await sql<{ id: string; value: string }>`
      SELECT id, ${sql.ref(column)} AS value FROM ${sql.table(table)} WHERE id IN (${sql.join(c)})`.execute(db);
    return r.rows;
  });
  const out = new Map(known);
  for (const r of rows) out.set(r.id, r.value);
  return out;
}

/** The number in canonical form; one already registered here under another id is refused, as the service refuses it. */
async function checkOrgNumbers(db: Kysely<Database>, file: ExchangeFile, today: string): Promise<void> {
  const seen = new Set<string>();
  const before = await companiesBefore(
    db,
    file.companies.map((c) => c.id),
  );
  for (const c of file.companies) {
    const { id, revision: _r, createdAt: _c, updatedAt: _u, archivedAt: _a, ...fields } = c;
    obey(c.name, {}, () => companyRules(fields, today, before.get(id) ?? null));
    const org = parseOrgNumber(c.orgNumber);
    if (!org.ok) continue;
    const shown = maskOrgNumber(org.canonical, org.kind);
    if (seen.has(org.canonical)) throw new AppError('exchange.duplicateIds', { entity: 'company', id: shown });
    seen.add(org.canonical);
    if (org.canonical === c.orgNumber) continue;
    // Written another way (16 prefix, no hyphen): the same number is the same company.
    const dup = await findDuplicateOrgNumber(db, org.canonical, id);
    if (dup) throw new AppError('exchange.breaksRule.orgNumberTaken', { company: c.name, orgNumber: shown, existing: dup.name });
    c.orgNumber = org.canonical;
  }
}

/** A follow-up round is based on a round of the same company: in the file, here, or deleted (its tombstone). */
async function checkBasedOn(db: Kysely<Database>, file: ExchangeFile, companyName: (id: string) => string): Promise<void> {
  const based = file.rounds.filter((r) => r.basedOnRoundId !== null);
  if (based.length === 0) return;
  const wanted = based.map((r) => r.basedOnRoundId!);
  const roundCompany = await lookUp(db, 'rounds', 'company_id', wanted, new Map(file.rounds.map((r) => [r.id, r.companyId])));
  const deleted = new Set(file.tombstones.filter((t) => t.entity === 'round').map((t) => t.entityId));
  const gone = await inChunks(wanted, (c) =>
    db.selectFrom('tombstones').select('entity_id').where('entity', '=', 'round').where('entity_id', 'in', c).execute(),
  );
  for (const t of gone) deleted.add(t.entity_id);
  for (const r of based) {
    const base = r.basedOnRoundId!;
    if (deleted.has(base) || roundCompany.get(base) === r.companyId) continue;
    throw new AppError('exchange.breaksRule.unknownBasedOnRound', { company: companyName(r.companyId), roundId: base });
  }
}

function checkActivity(
  a: ExchangeFile['activities'][number],
  company: string,
  companyId: string,
  personCompany: Map<string, string>,
  today: string,
) {
  const { id: _i, planId: _p, revision: _r, createdAt: _c, updatedAt: _u, sessions: _s, ...rest } = a;
  const fields: ActivityFields = { ...rest, accessibilityAdaptations: rest.accessibilityAdaptations ?? null };
  obey(company, { activity: a.title }, () => {
    const issues = activityIssues(fields, fields, today);
    if (issues.length) throw validationError(issues);
    assertParticipants(fields.personIds, companyId, personCompany);
  });
}

/** Checks every record of the file against its service's rules; throws the first breach. */
export async function checkRecordRules(db: Kysely<Database>, file: ExchangeFile, today: string): Promise<void> {
  await checkOrgNumbers(db, file, today);
  const planCompany = await lookUp(
    db,
    'plans',
    'company_id',
    file.activities.map((a) => a.planId),
    new Map(file.plans.map((p) => [p.id, p.companyId])),
  );
  const companyIds = [...file.people, ...file.rounds, ...file.customCompetences, ...file.contacts, ...file.aid].map((r) => r.companyId);
  const names = await lookUp(
    db,
    'companies',
    'name',
    [...companyIds, ...planCompany.values()],
    new Map(file.companies.map((c) => [c.id, c.name])),
  );
  const companyName = (id: string) => names.get(id) ?? '';

  for (const p of file.people) {
    const { id: _i, companyId, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = p;
    // Stored in its one form (YYYYMMDD-NNNN), as the service stores it.
    obey(companyName(companyId), { person: p.name }, () => (p.personnummer = personnummerRule(p, today).personnummer));
    obey(companyName(companyId), { person: p.name }, () =>
      applyParticipationRules(applyConsentRules(fields, fields, today), fields, fields.entryDate, today),
    );
  }
  for (const c of file.customCompetences) {
    obey(companyName(c.companyId), { competence: c.nameSv || c.nameEn }, () => assertLevelsColumn(c.levels));
  }
  for (const r of file.rounds) obey(companyName(r.companyId), {}, () => roundRules(r));
  await checkBasedOn(db, file, companyName);

  const personCompany = await lookUp(
    db,
    'people',
    'company_id',
    file.activities.flatMap((a) => a.personIds),
    new Map(file.people.map((p) => [p.id, p.companyId])),
  );
  const stored = await storedAttendance(
    db,
    file.activities.map((a) => a.id),
  );
  for (const a of file.activities) {
    const companyId = planCompany.get(a.planId) ?? '';
    checkActivity(a, companyName(companyId), companyId, personCompany, today);
    checkActivitySessions(file, a, companyName(companyId), today, stored);
  }
  await checkSessionIds(db, file);
  await checkContacts(db, file, companyName, today);
  checkAid(file, companyName, today);
}

/** Declared aid has been received: not dated after today, as the aid service requires. */
function checkAid(file: ExchangeFile, companyName: (id: string) => string, today: string): void {
  for (const a of file.aid) {
    obey(companyName(a.companyId), { aid: a.grantingBody }, () => {
      const issues = aidIssues(a, today);
      if (issues.length) throw validationError(issues);
    });
  }
}

/** A contact names only people of its company and is not dated after today, as the contacts service requires. */
async function checkContacts(db: Kysely<Database>, file: ExchangeFile, companyName: (id: string) => string, today: string) {
  const named = file.contacts.flatMap((c) => namedPeople(c));
  const personCompany = await lookUp(db, 'people', 'company_id', named, new Map(file.people.map((p) => [p.id, p.companyId])));
  for (const c of file.contacts) {
    const { id: _i, companyId, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = c;
    obey(companyName(companyId), { contact: c.date }, () => {
      // The record as another office keeps it: its steps are stored ones (an erased owner leaves a step without one).
      const issues = contactIssues(fields, today, companyId, personCompany, fields.nextSteps);
      if (issues.length) throw validationError(issues);
    });
  }
}

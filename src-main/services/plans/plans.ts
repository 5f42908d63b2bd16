import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { planIdOf } from './planId';
import type { ParsedInputOf } from '@shared/api';
import { AppError, validationError } from '@shared/api/errors';
import type { Activity, ActivityLevel, ActivityStatus, ActivityTypeId, Plan, PlanBasis, PlanPerson } from '@shared/api/plans';
import { roleRank } from '@shared/domain/person';
import type { PersonRole } from '@shared/domain/person';
import type { ActivitiesTable, Database, PlansTable } from '../../store/schema';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { getRound } from '../rounds';
import { listCompanyCompetences } from '../competences';
import { jsonIds } from '../../store/columns';
import { writeTombstones } from '../../store/tombstones';
import { activityIssues, assertParticipants, attendanceIssues, sessionsFitIssues } from '../rules';
import type { ActivityFields } from '../rules';
import { definedEntries, revised } from '../../store/revisions';
import type { ActivitySession } from '@shared/api/sessions';
import { activitySessions, sessionsOf } from './sessionRows';

/**
 * Development plans (issue 5): one plan per company, created on first use, with activities at company level and
 * for individuals. Every write checks the activity's rules on the merged record (end not before start, done only
 * once started, an outcome only when done) and that participants belong to the company, in one transaction, so a
 * refused write stores nothing.
 */

const DEFAULTS: Omit<ActivityFields, 'title'> = {
  typeId: null,
  level: 'company',
  competenceIds: [],
  personIds: [],
  providerId: null,
  plannedStart: null,
  plannedEnd: null,
  hours: null,
  costSek: null,
  fundingSource: null,
  responsible: null,
  status: 'planned',
  outcomeRating: null,
  outcomeComment: null,
  internalNote: null,
  accessibilityAdaptations: null,
  attendanceWaiver: null,
  programmeShareSek: null,
};

function fieldsOf(row: ActivitiesTable): ActivityFields {
  return {
    title: row.title,
    typeId: row.type_id as ActivityTypeId | null,
    level: row.level as ActivityLevel,
    competenceIds: jsonIds(row.competence_ids),
    personIds: jsonIds(row.person_ids),
    providerId: row.provider_id,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    hours: row.hours,
    costSek: row.cost_sek,
    fundingSource: row.funding_source,
    responsible: row.responsible,
    status: row.status as ActivityStatus,
    outcomeRating: row.outcome_rating,
    outcomeComment: row.outcome_comment,
    internalNote: row.internal_note,
    accessibilityAdaptations: row.accessibility_adaptations,
    attendanceWaiver: row.attendance_waiver,
    programmeShareSek: row.programme_share_sek,
  };
}

type ActivityColumns = Omit<ActivitiesTable, 'id' | 'plan_id' | 'created_at' | 'updated_at' | 'revision'>;

function columnsOf(f: ActivityFields): ActivityColumns {
  return {
    title: f.title,
    type_id: f.typeId,
    level: f.level,
    competence_ids: JSON.stringify([...new Set(f.competenceIds)]),
    person_ids: JSON.stringify([...new Set(f.personIds)]),
    provider_id: f.providerId,
    planned_start: f.plannedStart,
    planned_end: f.plannedEnd,
    hours: f.hours,
    cost_sek: f.costSek,
    funding_source: f.fundingSource,
    responsible: f.responsible,
    status: f.status,
    outcome_rating: f.outcomeRating,
    outcome_comment: f.outcomeComment,
    internal_note: f.internalNote,
    accessibility_adaptations: f.accessibilityAdaptations,
    attendance_waiver: f.attendanceWaiver,
    programme_share_sek: f.programmeShareSek,
  };
}

export function toActivity(row: ActivitiesTable, companyId: string, sessions: ActivitySession[]): Activity {
  return {
    id: row.id,
    planId: row.plan_id,
    companyId,
    ...fieldsOf(row),
    sessions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export { activityIssues };

// ---------- loading ----------

export async function assertCompany(
  db: Kysely<Database>,
  companyId: string,
): Promise<{ id: string; name: string; advisor: string | null }> {
  const c = await db.selectFrom('companies').select(['id', 'name', 'advisor']).where('id', '=', companyId).executeTakeFirst();
  if (!c) throw new AppError('company.notFound', { id: companyId });
  return c;
}

/** The company's plan, made on first use. */
async function ensurePlan(db: Kysely<Database>, companyId: string, deps: ServiceDeps): Promise<PlansTable> {
  const existing = await db.selectFrom('plans').selectAll().where('company_id', '=', companyId).executeTakeFirst();
  if (existing) return existing;
  const iso = deps.now().toISOString();
  const row: PlansTable = {
    id: planIdOf(companyId),
    company_id: companyId,
    next_follow_up: null,
    note: null,
    created_at: iso,
    updated_at: iso,
    revision: 1,
  };
  await db.insertInto('plans').values(row).execute();
  return row;
}

export async function loadActivity(db: Kysely<Database>, id: string): Promise<{ row: ActivitiesTable; companyId: string }> {
  const row = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('plan.activityNotFound', { id });
  const plan = await db.selectFrom('plans').select('company_id').where('id', '=', row.plan_id).executeTakeFirstOrThrow();
  return { row, companyId: plan.company_id };
}

async function assertReferences(db: Kysely<Database>, companyId: string, f: ActivityFields): Promise<void> {
  if (f.personIds.length > 0) {
    const found = await db.selectFrom('people').select(['id', 'company_id']).where('id', 'in', f.personIds).execute();
    assertParticipants(f.personIds, companyId, new Map(found.map((r) => [r.id, r.company_id])));
  }
  if (f.providerId !== null) {
    const p = await db.selectFrom('providers').select('id').where('id', '=', f.providerId).executeTakeFirst();
    if (!p) throw new AppError('plan.providerNotFound', { id: f.providerId });
  }
}

const collator = new Intl.Collator('sv');

export async function planPeople(db: Kysely<Database>, companyId: string): Promise<PlanPerson[]> {
  const rows = await db.selectFrom('people').select(['id', 'name', 'role', 'job_title']).where('company_id', '=', companyId).execute();
  return rows
    .sort((a, b) => roleRank(a.role) - roleRank(b.role) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map((r) => ({ id: r.id, name: r.name, role: r.role as PersonRole, jobTitle: r.job_title }));
}

export async function activityRows(db: Kysely<Database>, planId: string): Promise<ActivitiesTable[]> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('planned_start', (ob) => ob.asc().nullsLast())
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The latest round (completed ones first): the vision and goals the plan works towards. */
export async function latestRoundId(db: Kysely<Database>, companyId: string, completedOnly: boolean): Promise<string | null> {
  let q = db.selectFrom('rounds').select(['id', 'completed_at']).where('company_id', '=', companyId);
  if (completedOnly) q = q.where('completed_at', 'is not', null);
  const rows = await q.orderBy('date', 'desc').orderBy('created_at', 'desc').execute();
  const completed = rows.find((r) => r.completed_at !== null);
  return (completed ?? rows[0])?.id ?? null;
}

async function basisOf(db: Kysely<Database>, companyId: string): Promise<PlanBasis | null> {
  const roundId = await latestRoundId(db, companyId, false);
  if (roundId === null) return null;
  const r = await getRound(db, { roundId });
  return { roundId: r.id, roundDate: r.date, completed: r.completedAt !== null, advisor: r.advisor, vision: r.vision, goals: r.goals };
}

// ---------- the plan ----------

export async function getPlan(db: Kysely<Database>, input: ParsedInputOf<'plans.get'>, deps: ServiceDeps = systemClock): Promise<Plan> {
  return inTransaction(db, async (trx) => {
    const company = await assertCompany(trx, input.companyId);
    const plan = await ensurePlan(trx, company.id, deps);
    const rows = await activityRows(trx, plan.id);
    const competences = await listCompanyCompetences(trx, { companyId: company.id });
    const sessions = await sessionsOf(
      trx,
      rows.map((r) => r.id),
    );
    return {
      id: plan.id,
      companyId: company.id,
      companyName: company.name,
      advisor: company.advisor,
      nextFollowUp: plan.next_follow_up,
      note: plan.note,
      basis: await basisOf(trx, company.id),
      people: await planPeople(trx, company.id),
      competences: competences.competences.map((c) => ({ id: c.id, name: c.name })),
      activities: rows.map((r) => toActivity(r, company.id, sessions.get(r.id) ?? [])),
      createdAt: plan.created_at,
      updatedAt: plan.updated_at,
      revision: plan.revision,
    };
  });
}

export async function updatePlan(
  db: Kysely<Database>,
  input: ParsedInputOf<'plans.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Plan> {
  await inTransaction(db, async (trx) => {
    await assertCompany(trx, input.companyId);
    const plan = await ensurePlan(trx, input.companyId, deps);
    const next = {
      next_follow_up: input.patch.nextFollowUp !== undefined ? input.patch.nextFollowUp : plan.next_follow_up,
      note: input.patch.note !== undefined ? input.patch.note : plan.note,
    };
    if (next.next_follow_up === plan.next_follow_up && next.note === plan.note) return;
    await trx
      .updateTable('plans')
      .set({ ...next, updated_at: deps.now().toISOString(), revision: plan.revision + 1 })
      .where('id', '=', plan.id)
      .execute();
  });
  return getPlan(db, { companyId: input.companyId }, deps);
}

// ---------- activities ----------

export async function createActivity(
  db: Kysely<Database>,
  input: ParsedInputOf<'activities.create'>,
  deps: ServiceDeps = systemClock,
): Promise<Activity> {
  const { companyId, ...rest } = input;
  const now = deps.now();
  const patch = definedEntries(rest) as Partial<ActivityFields>;
  const fields = { ...DEFAULTS, ...patch } as ActivityFields;
  const issues = [...activityIssues(fields, patch, deps.today()), ...attendanceIssues({ ...fields, sessions: [] }, null)];
  if (issues.length) throw validationError(issues);
  return inTransaction(db, async (trx) => {
    await assertCompany(trx, companyId);
    await assertReferences(trx, companyId, fields);
    const plan = await ensurePlan(trx, companyId, deps);
    const iso = now.toISOString();
    const row: ActivitiesTable = { id: uuidv7(), plan_id: plan.id, ...columnsOf(fields), created_at: iso, updated_at: iso, revision: 1 };
    await trx.insertInto('activities').values(row).execute();
    return toActivity(row, companyId, []);
  });
}

export async function updateActivity(
  db: Kysely<Database>,
  input: ParsedInputOf<'activities.update'>,
  deps: ServiceDeps = systemClock,
): Promise<Activity> {
  return inTransaction(db, async (trx) => {
    const { row, companyId } = await loadActivity(trx, input.id);
    const now = deps.now();
    const patch = definedEntries(input.patch) as Partial<ActivityFields>;
    const merged = { ...fieldsOf(row), ...patch };
    const sessions = await activitySessions(trx, row.id);
    const issues = [
      ...activityIssues(merged, patch, deps.today()),
      ...attendanceIssues({ ...merged, sessions }, { ...fieldsOf(row), sessions }),
      ...sessionsFitIssues(merged, sessions, deps.today()),
    ];
    if (issues.length) throw validationError(issues);
    await assertReferences(trx, companyId, merged);
    const columns = columnsOf(merged);
    const next = revised(row, columns, now);
    if (!next) return toActivity(row, companyId, sessions);
    await trx.updateTable('activities').set(next).where('id', '=', row.id).execute();
    return toActivity(next, companyId, sessions);
  });
}

export async function deleteActivity(
  db: Kysely<Database>,
  input: ParsedInputOf<'activities.delete'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => {
    const { row } = await loadActivity(trx, input.id);
    await trx.deleteFrom('activities').where('id', '=', row.id).execute();
    await writeTombstones(trx, [
      { entity: 'activity', entity_id: row.id, deleted_at: deps.now().toISOString(), revision: row.revision + 1 },
    ]);
    return { deleted: true as const };
  });
}

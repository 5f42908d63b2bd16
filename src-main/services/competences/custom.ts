import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '@shared/api';
import type { CompetenceDefinition } from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import type { CustomCompetencesTable, Database } from '../../store/schema';
import { writeTombstones } from '../../store/tombstones';
import { inTransaction, systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { bumpRound } from '../rounds/guards';
import { fromCustomRow, parseIds } from '../rounds/rows';
import { fillBilingual, levelsColumn } from '../rules';
import { revised } from '../../store/revisions';

/**
 * A company's own competences (a trade or craft skill), beside the catalogue. They travel between offices on their
 * own; a completed round keeps the snapshot it took, so editing or deleting one never changes it.
 */

export async function createCustomCompetence(
  db: Kysely<Database>,
  input: ParsedInputOf<'competences.createCustom'>,
  deps: ServiceDeps = systemClock,
): Promise<CompetenceDefinition> {
  return inTransaction(db, async (a) => {
    const company = await a.selectFrom('companies').select('id').where('id', '=', input.companyId).executeTakeFirst();
    if (!company) throw new AppError('company.notFound', { id: input.companyId });
    const fill = fillBilingual;
    const name = fill(input.name);
    const description = input.description && (input.description.sv || input.description.en) ? fill(input.description) : null;
    const now = deps.now().toISOString();
    const row: CustomCompetencesTable = {
      id: uuidv7(),
      company_id: input.companyId,
      name_sv: name.sv,
      name_en: name.en,
      description_sv: description?.sv ?? null,
      description_en: description?.en ?? null,
      levels: levelsColumn(input.levels),
      created_at: now,
      updated_at: now,
      revision: 1,
    };
    await a.insertInto('custom_competences').values(row).execute();
    return fromCustomRow(row);
  });
}

async function loadCustomRow(a: Kysely<Database>, id: string): Promise<CustomCompetencesTable> {
  const row = await a.selectFrom('custom_competences').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('assessment.unknownCompetence', { competenceId: id });
  return row;
}

/**
 * Editing a company-specific competence changes it wherever it is read live: the catalogue of the company and its
 * open rounds. A completed round keeps the snapshot it took at completion.
 */
export async function updateCustomCompetence(
  db: Kysely<Database>,
  input: ParsedInputOf<'competences.updateCustom'>,
  deps: ServiceDeps = systemClock,
): Promise<CompetenceDefinition> {
  return inTransaction(db, async (a) => {
    const current = await loadCustomRow(a, input.id);
    const { name, description, levels } = input.patch;
    const columns: Pick<CustomCompetencesTable, 'name_sv' | 'name_en' | 'description_sv' | 'description_en' | 'levels'> = {
      name_sv: current.name_sv,
      name_en: current.name_en,
      description_sv: current.description_sv,
      description_en: current.description_en,
      levels: current.levels,
    };
    if (name !== undefined) {
      const n = fillBilingual(name);
      columns.name_sv = n.sv;
      columns.name_en = n.en;
    }
    if (description !== undefined) {
      const d = description && (description.sv || description.en) ? fillBilingual(description) : null;
      columns.description_sv = d?.sv ?? null;
      columns.description_en = d?.en ?? null;
    }
    if (levels !== undefined) {
      columns.levels = levelsColumn(levels);
    }
    const next = revised(current, columns, deps.now());
    if (!next) return fromCustomRow(current);
    await a.updateTable('custom_competences').set(next).where('id', '=', current.id).execute();
    return fromCustomRow(next);
  });
}

/**
 * Deleting a company-specific competence takes it out of every open round of the company (their revisions move
 * on, so the change travels) and out of every activity that addressed it. A completed round is left as it was:
 * it reads the competence from its snapshot.
 */
export async function deleteCustomCompetence(
  db: Kysely<Database>,
  input: ParsedInputOf<'competences.deleteCustom'>,
  deps: ServiceDeps = systemClock,
): Promise<{ deleted: true }> {
  return inTransaction(db, async (a) => {
    const current = await loadCustomRow(a, input.id);
    const now = deps.now().toISOString();
    const openRounds = await a
      .selectFrom('rounds')
      .selectAll()
      .where('company_id', '=', current.company_id)
      .where('completed_at', 'is', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('round_person_competences')
            .select('round_id')
            .whereRef('round_person_competences.round_id', '=', 'rounds.id')
            .where('round_person_competences.competence_id', '=', current.id),
        ),
      )
      .execute();
    for (const round of openRounds) {
      await a.deleteFrom('round_person_competences').where('round_id', '=', round.id).where('competence_id', '=', current.id).execute();
      await bumpRound(a, round, now);
    }
    const activities = await sql<{ id: string; competence_ids: string }>`
      SELECT id, competence_ids FROM activities
      WHERE EXISTS (SELECT 1 FROM json_each(activities.competence_ids) WHERE value = ${current.id})`.execute(a);
    for (const act of activities.rows) {
      const remaining = parseIds(act.competence_ids).filter((x) => x !== current.id);
      await sql`UPDATE activities SET competence_ids = ${JSON.stringify(remaining)}, revision = revision + 1, updated_at = ${now}
                WHERE id = ${act.id}`.execute(a);
    }
    await a.deleteFrom('custom_competences').where('id', '=', current.id).execute();
    await writeTombstones(a, [{ entity: 'custom_competence', entity_id: current.id, deleted_at: now, revision: current.revision + 1 }]);
    return { deleted: true as const };
  });
}

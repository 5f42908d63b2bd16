import { disagrees } from '@shared/domain/disagreement';
import type { CompetenceDefinition, Goal, GoalKind, Rating, RoundKind, RoundListItem, Strategy } from '@shared/api/assessments';
import type { BilingualText, Competence, LevelDescriptor } from '@shared/domain/frameworks';
import type { CustomCompetencesTable, GoalsTable, RoundPersonCompetencesTable, RoundsTable, StrategiesTable } from '../../store/schema';

/** A round's rows and the contract's shapes, both ways. */

export type RoundRow = RoundsTable;

export function toRoundListItem(row: RoundRow): RoundListItem {
  return {
    id: row.id,
    companyId: row.company_id,
    kind: row.kind as RoundKind,
    date: row.date,
    advisor: row.advisor,
    frameworkId: row.framework_id,
    frameworkVersion: row.framework_version,
    catalogueVersion: row.catalogue_version,
    completedAt: row.completed_at,
    completedBy: row.completed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function toRating(
  row: Pick<RoundPersonCompetencesTable, 'competence_id' | 'required_level' | 'self_level' | 'advisor_level' | 'note'>,
): Rating {
  return {
    competenceId: row.competence_id,
    requiredLevel: row.required_level,
    selfLevel: row.self_level,
    advisorLevel: row.advisor_level,
    note: row.note,
    disagreement: disagrees(row.self_level, row.advisor_level),
  };
}

export function fromCatalogue(c: Competence): CompetenceDefinition {
  return {
    id: c.id,
    custom: false,
    groupId: c.groupId,
    source: c.source,
    name: c.name,
    description: c.description,
    levels: c.levels,
    defaultPriority: c.defaultPriority,
    roles: c.roles,
    revision: null,
  };
}

export function fromCustomRow(row: CustomCompetencesTable): CompetenceDefinition {
  const description: BilingualText | null =
    row.description_sv !== null && row.description_en !== null ? { sv: row.description_sv, en: row.description_en } : null;
  return {
    id: row.id,
    custom: true,
    groupId: null,
    source: 'custom',
    name: { sv: row.name_sv, en: row.name_en },
    description,
    levels: row.levels === null ? null : (JSON.parse(row.levels) as LevelDescriptor[]),
    defaultPriority: null,
    roles: [],
    revision: row.revision,
  };
}

export function parseIds(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function toGoal(row: GoalsTable): Goal {
  return {
    id: row.id,
    roundId: row.round_id,
    kind: row.kind as GoalKind,
    label: row.label,
    currentValue: row.current_value,
    targetValue: row.target_value,
    targetYear: row.target_year,
    areaIds: parseIds(row.area_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function toStrategy(row: StrategiesTable): Strategy {
  return {
    id: row.id,
    roundId: row.round_id,
    text: row.text,
    areaIds: parseIds(row.area_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

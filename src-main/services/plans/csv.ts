import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { CsvExport } from '@shared/api/plans';
import { createI18n } from '@shared/i18n';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { getPlan } from './plans';
import { activityType, listProviders } from '../providers';
import { csvDocument } from '../csv';
import type { CsvCell } from '../csv';

function safeFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch)).join('');
  return printable.replace(/\s+/g, ' ').trim().slice(0, 80) || 'plan';
}

/** The plan's activities as CSV (see services/csv.ts for the format). Internal notes are never included. */
export async function exportPlanCsv(
  db: Kysely<Database>,
  input: ParsedInputOf<'plans.exportCsv'>,
  deps: ServiceDeps = systemClock,
): Promise<CsvExport> {
  const { language } = input;
  const t = createI18n(language).t;
  const plan = await getPlan(db, { companyId: input.companyId }, deps);
  const providers = new Map((await listProviders(db)).map((p) => [p.id, p.name]));
  const people = new Map(plan.people.map((p) => [p.id, p.name]));
  const competences = new Map(plan.competences.map((c) => [c.id, c.name[language]]));
  const header = (
    [
      'title',
      'type',
      'level',
      'competences',
      'participants',
      'provider',
      'plannedStart',
      'plannedEnd',
      'hours',
      'costSek',
      'fundingSource',
      'responsible',
      'status',
      'outcomeRating',
      'outcomeComment',
    ] as const
  ).map((k) => t(`plans.csv.${k}`));
  const rows: CsvCell[][] = [header];
  for (const a of plan.activities) {
    rows.push([
      a.title,
      a.typeId ? (activityType(a.typeId)?.name[language] ?? a.typeId) : null,
      t(`plans.level.${a.level}`),
      a.competenceIds.map((id) => competences.get(id) ?? id).join(', '),
      a.personIds.flatMap((id) => people.get(id) ?? []).join(', '),
      a.providerId ? (providers.get(a.providerId) ?? null) : null,
      a.plannedStart,
      a.plannedEnd,
      a.hours,
      a.costSek,
      a.fundingSource,
      a.responsible,
      t(`plans.status.${a.status}`),
      a.outcomeRating,
      a.outcomeComment,
    ]);
  }
  const date = deps.today();
  return {
    fileName: `${t('plans.csv.fileName')} ${safeFileName(plan.companyName)} ${date}.csv`,
    text: csvDocument(rows, language),
  };
}

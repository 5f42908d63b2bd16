import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { CsvExport } from '@shared/api/plans';
import { createI18n } from '@shared/i18n';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { getPlan } from './plans';
import { activityType, listProviders } from '../providers';

/**
 * The plan's activities as CSV that Swedish Excel opens as it is: UTF-8 with a BOM, `;` between fields, every
 * field quoted, CRLF line ends, dates as YYYY-MM-DD and numbers without grouping, with a decimal comma in Swedish.
 * Internal notes are never included.
 */

export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvNumber(value: number | null, language: 'sv' | 'en'): string | null {
  if (value === null) return null;
  const text = String(Math.round(value * 100) / 100);
  return language === 'sv' ? text.replace('.', ',') : text;
}

export function csvLine(fields: Array<string | number | null>): string {
  return fields.map(csvField).join(';');
}

function safeFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch)).join('');
  return printable.replace(/\s+/g, ' ').trim().slice(0, 80) || 'plan';
}

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
  const lines = [csvLine(header)];
  for (const a of plan.activities) {
    lines.push(
      csvLine([
        a.title,
        a.typeId ? (activityType(a.typeId)?.name[language] ?? a.typeId) : null,
        t(`plans.level.${a.level}`),
        a.competenceIds.map((id) => competences.get(id) ?? id).join(', '),
        a.personIds.flatMap((id) => people.get(id) ?? []).join(', '),
        a.providerId ? (providers.get(a.providerId) ?? null) : null,
        a.plannedStart,
        a.plannedEnd,
        csvNumber(a.hours, language),
        csvNumber(a.costSek, language),
        a.fundingSource,
        a.responsible,
        t(`plans.status.${a.status}`),
        a.outcomeRating,
        a.outcomeComment,
      ]),
    );
  }
  const date = deps.today();
  return {
    fileName: `${t('plans.csv.fileName')} ${safeFileName(plan.companyName)} ${date}.csv`,
    text: `\uFEFF${lines.join('\r\n')}\r\n`,
  };
}

import { useLayoutEffect, useMemo, useState } from 'react';
import { Group, SegmentedControl, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFrame, ChartTable, useNumber, type ChartRow } from './ChartFrame';
import type { CompetenceCoverage, PersonGaps } from '@shared/domain/gaps';
import { GAP_COLOURS, UNRATED_COLOUR, gapColour } from './palette';

export interface HeatmapCompetence {
  id: string;
  label: string;
  /** Catalogue group, or null for company-specific competences. */
  groupId: string | null;
}

export interface TeamHeatmapProps {
  people: PersonGaps[];
  /** Columns, in display order. */
  competences: HeatmapCompetence[];
  /** Competence areas for the filter (catalogue groups), in display order. */
  groups: Array<{ id: string; label: string }>;
  coverage?: CompetenceCoverage[];
  onCellClick?: (personId: string, competenceId: string) => void;
  /** A link for each person's name (their gap page). */
  personHref?: (personId: string) => string;
}

type SortBy = 'name' | 'gap';
const CUSTOM = 'custom';
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** First render of a mounted heatmap, for the bench (heatmap_render_20x40_ms). */
function useRenderMeasure() {
  useState(() => performance.mark('heatmap-render-start'));
  useLayoutEffect(() => {
    performance.mark('heatmap-render-end');
    performance.measure('heatmap-render', 'heatmap-render-start', 'heatmap-render-end');
  }, []);
}

/** Sort order, role and competence area: the heatmap's filters above the grid. */
function HeatmapControls(props: {
  sortBy: SortBy;
  onSortBy(v: SortBy): void;
  role: string | null;
  roles: Array<PersonGaps['role']>;
  onRole(v: string | null): void;
  area: string | null;
  areaOptions: Array<{ value: string; label: string }>;
  onArea(v: string | null): void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <div>
        <Text size="sm" fw={500} mb={4} id="heatmap-sort-label">
          {t('gaps.heatmap.sort')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="heatmap-sort-label"
          value={props.sortBy}
          onChange={(v) => props.onSortBy(v as SortBy)}
          data={[
            { value: 'name', label: t('gaps.heatmap.sortName') },
            { value: 'gap', label: t('gaps.heatmap.sortGap') },
          ]}
        />
      </div>
      <Select
        size="xs"
        w={170}
        label={t('gaps.heatmap.role')}
        value={props.role ?? ''}
        onChange={(v) => props.onRole(v ? v : null)}
        allowDeselect={false}
        data={[{ value: '', label: t('gaps.heatmap.allRoles') }, ...props.roles.map((r) => ({ value: r, label: t(`people.role.${r}`) }))]}
      />
      <Select
        size="xs"
        w={240}
        label={t('gaps.heatmap.area')}
        value={props.area ?? ''}
        onChange={(v) => props.onArea(v ? v : null)}
        allowDeselect={false}
        data={props.areaOptions}
      />
    </Group>
  );
}

/** The colour scale, with the number each colour stands for (the cells carry the number too). */
function HeatmapLegend() {
  const { t } = useTranslation();
  const num = useNumber();
  return (
    <Group gap="xs" wrap="wrap" aria-hidden>
      <Text size="xs">{t('gaps.heatmap.legend')}</Text>
      {GAP_COLOURS.map((c, gap) => (
        <span key={gap} className="vk-heatmap-swatch" style={{ background: c.background, color: c.text }}>
          {gap}
        </span>
      ))}
      <span className="vk-heatmap-swatch vk-heatmap-unrated" style={{ background: UNRATED_COLOUR.background, color: UNRATED_COLOUR.text }}>
        {num(null)}
      </span>
      <Text size="xs">{t('gaps.heatmap.legendUnrated')}</Text>
    </Group>
  );
}

interface HeatmapGridProps {
  rows: ChartRow[];
  columns: HeatmapCompetence[];
  /** Per row, the competences the person has at all: the others are blank cells. */
  held: Array<Set<string>>;
  vulnerable: Set<string>;
  onCellClick?: (personId: string, competenceId: string) => void;
  personHref?: (personId: string) => string;
}

/** The grid itself: a column per competence (vulnerable ones marked), a row per person, a button per rated cell. */
function HeatmapGrid({ rows, columns, held, vulnerable, onCellClick, personHref }: HeatmapGridProps) {
  const { t } = useTranslation();
  const num = useNumber();
  const cellLabel = (person: string, competence: string, gap: number | null) =>
    gap === null
      ? t('gaps.heatmap.cellUnrated', { person, competence })
      : t('gaps.heatmap.cellLabel', { person, competence, gap: num(gap) });
  return (
    <div className="vk-chart-scroll" style={{ maxHeight: 520 }} tabIndex={0} role="region" aria-label={t('gaps.heatmap.title')}>
      <table className="vk-heatmap" data-testid="heatmap-grid">
        <caption className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          {t('gaps.heatmap.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="vk-heatmap-row">
              {t('gaps.heatmap.person')}
            </th>
            {columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                className={`vk-heatmap-col${vulnerable.has(c.id) ? ' vk-vulnerable' : ''}`}
                title={vulnerable.has(c.id) ? `${c.label} — ${t('gaps.heatmap.vulnerable')}` : c.label}
              >
                <span>{c.label}</span>
              </th>
            ))}
            <th scope="col" className="vk-heatmap-col">
              <span>{t('gaps.heatmap.total')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, ri) => (
            <tr key={r.id} data-row-id={r.id}>
              <th scope="row" className="vk-heatmap-row" title={r.label}>
                {personHref ? <a href={personHref(r.id)}>{r.label}</a> : r.label}
              </th>
              {columns.map((c, ci) => {
                const gap = r.values[ci] ?? null;
                if (!held[ri]!.has(c.id)) return <td key={c.id} data-value="" />;
                const colour = gapColour(gap);
                return (
                  <td key={c.id} data-value={gap ?? ''}>
                    <button
                      type="button"
                      className={`vk-heatmap-cell${gap === null ? ' vk-heatmap-unrated' : ''}`}
                      style={{ background: colour.background, color: colour.text }}
                      aria-label={cellLabel(r.label, c.label, gap)}
                      onClick={() => onCellClick?.(r.id, c.id)}
                    >
                      {num(gap)}
                    </button>
                  </td>
                );
              })}
              <td className="vk-heatmap-total" data-value={r.values[columns.length] ?? ''}>
                {num(r.values[columns.length] ?? null)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** People × competences coloured by gap (pale for none, stronger for larger), the number in every cell; a plain table as alternative. */
export function TeamHeatmap({ people, competences, groups, coverage, onCellClick, personHref }: TeamHeatmapProps) {
  useRenderMeasure();
  const { t } = useTranslation();
  const [sortBy, setSortBy] = useState<SortBy>('name');
  const [role, setRole] = useState<string | null>(null);
  const [area, setArea] = useState<string | null>(null);

  const vulnerable = useMemo(() => new Set((coverage ?? []).filter((c) => c.vulnerable).map((c) => c.competenceId)), [coverage]);
  const columns = competences.filter((c) => area === null || (c.groupId ?? CUSTOM) === area);
  const shownPeople = people
    .filter((p) => role === null || p.role === role)
    .sort(
      (a, b) => (sortBy === 'gap' ? b.totalGap - a.totalGap : 0) || collator.compare(a.name, b.name) || (a.personId < b.personId ? -1 : 1),
    );

  const rows: ChartRow[] = shownPeople.map((p) => {
    const byId = new Map(p.cells.map((c) => [c.competenceId, c]));
    const gaps = columns.map((c) => byId.get(c.id)?.gap ?? null);
    // Nothing rated yet is no total, not a total of 0.
    const total = gaps.some((g) => g !== null) ? gaps.reduce<number>((s, g) => s + (g ?? 0), 0) : null;
    return { id: p.personId, label: p.name, values: [...gaps, total] };
  });
  const held = shownPeople.map((p) => new Set(p.cells.map((c) => c.competenceId)));
  const columnLabels = [...columns.map((c) => c.label), t('gaps.heatmap.total')];

  const roles = [...new Set(people.map((p) => p.role))];
  const hasCustom = competences.some((c) => c.groupId === null);
  const areaOptions = [
    { value: '', label: t('gaps.heatmap.allAreas') },
    ...groups.filter((g) => competences.some((c) => c.groupId === g.id)).map((g) => ({ value: g.id, label: g.label })),
    ...(hasCustom ? [{ value: CUSTOM, label: t('gaps.heatmap.custom') }] : []),
  ];

  const controls = (
    <HeatmapControls
      sortBy={sortBy}
      onSortBy={setSortBy}
      role={role}
      roles={roles}
      onRole={setRole}
      area={area}
      areaOptions={areaOptions}
      onArea={setArea}
    />
  );

  return (
    <ChartFrame
      name="heatmap"
      title={t('gaps.heatmap.title')}
      description={t('gaps.heatmap.description')}
      rowHeader={t('gaps.heatmap.person')}
      columns={columnLabels}
      rows={rows}
      controls={controls}
      interactive
      empty={people.length === 0}
      table={<ChartTable caption={t('gaps.heatmap.title')} rowHeader={t('gaps.heatmap.person')} columns={columnLabels} rows={rows} />}
    >
      <HeatmapLegend />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('gaps.heatmap.empty')}
        </Text>
      ) : (
        <HeatmapGrid rows={rows} columns={columns} held={held} vulnerable={vulnerable} onCellClick={onCellClick} personHref={personHref} />
      )}
    </ChartFrame>
  );
}

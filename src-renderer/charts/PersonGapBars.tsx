import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFrame, useChartFormat, type ChartRow } from './ChartFrame';
import { categoryAxis, wrapLines } from './labels';
import { compareGaps } from '@shared/domain/gaps';
import type { PersonGaps } from '@shared/domain/gaps';
import { SERIES, roundColour } from './palette';
import { legendLabel } from './legend';

export interface PersonGapBarsProps {
  person: PersonGaps;
  competenceLabel: (competenceId: string) => string;
  /** The round's place among the company's rounds: its current levels are drawn in the round's colour. */
  roundOrder?: number;
}

const FONT = 11;
/** A competence name wider than this wraps; the axis is as wide as the widest line. */
const LABEL_MAX = 220;
/** Room for each bar's label: two lines at least, more for a name that wraps further. */
const heightFor = (labels: string[], perRow: number) =>
  Math.max(120, labels.reduce((h, l) => h + Math.max(perRow, wrapLines(l, LABEL_MAX, FONT).length * 14 + 6), 0) + 60);

/** One person's gaps: bars sorted by size, and current vs required level per competence. */
export function PersonGapBars({ person, competenceLabel, roundOrder = 0 }: PersonGapBarsProps) {
  const { t } = useTranslation();
  const format = useChartFormat();
  const rated = person.cells.filter((c) => (c.gap ?? 0) > 0).sort(compareGaps);
  const gapRows: ChartRow[] = rated.map((c) => ({ id: c.competenceId, label: competenceLabel(c.competenceId), values: [c.gap] }));
  const levelRows: ChartRow[] = person.cells
    .filter((c) => c.current !== null || c.required !== null)
    .map((c) => ({ id: c.competenceId, label: competenceLabel(c.competenceId), values: [c.current, c.required] }));
  const gapColumns = [t('gaps.person.gap')];
  const levelColumns = [t('gaps.person.current'), t('gaps.person.required')];
  const gapData = gapRows.map((r) => ({ label: r.label, gap: r.values[0] }));
  const levelData = levelRows.map((r) => ({ label: r.label, current: r.values[0], required: r.values[1] }));
  const gapLabels = gapRows.map((r) => r.label);
  const levelLabels = levelRows.map((r) => r.label);

  return (
    <Stack gap="lg">
      <ChartFrame
        name="person-gaps"
        title={t('gaps.person.barsTitle')}
        description={t('gaps.person.barsDescription')}
        rowHeader={t('gaps.person.competence')}
        columns={gapColumns}
        rows={gapRows}
        empty={gapRows.length === 0}
        emptyText={person.rated > 0 ? t('gaps.person.noGaps') : undefined}
      >
        <ResponsiveContainer width="100%" height={heightFor(gapLabels, 24)}>
          <BarChart data={gapData} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 4]} allowDecimals={false} tick={{ fontSize: FONT }} tickFormatter={format.tick} />
            <YAxis type="category" dataKey="label" interval={0} {...categoryAxis(gapLabels, LABEL_MAX, FONT)} />
            <Tooltip isAnimationActive={false} formatter={format.tooltip} />
            <Legend formatter={legendLabel} />
            <Bar dataKey="gap" name={gapColumns[0]} fill={SERIES.gap} isAnimationActive={false}>
              <LabelList dataKey="gap" position="right" fontSize={FONT} formatter={format.tick} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        name="person-levels"
        title={t('gaps.person.levelsTitle')}
        rowHeader={t('gaps.person.competence')}
        columns={levelColumns}
        rows={levelRows}
        empty={levelRows.length === 0}
      >
        <ResponsiveContainer width="100%" height={heightFor(levelLabels, 32)}>
          <BarChart
            data={levelData}
            layout="vertical"
            accessibilityLayer={false}
            barGap={1}
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={{ fontSize: FONT }} tickFormatter={format.tick} />
            <YAxis type="category" dataKey="label" interval={0} {...categoryAxis(levelLabels, LABEL_MAX, FONT)} />
            <Tooltip isAnimationActive={false} formatter={format.tooltip} />
            <Legend formatter={legendLabel} />
            <Bar dataKey="current" name={levelColumns[0]} fill={roundColour(roundOrder)} isAnimationActive={false} />
            <Bar dataKey="required" name={levelColumns[1]} fill={SERIES.required} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </Stack>
  );
}

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFrame, type ChartRow } from './ChartFrame';
import { compareGaps } from '@shared/domain/gaps';
import type { PersonGaps } from '@shared/domain/gaps';
import { SERIES } from './palette';
import { legendLabel } from './legend';

export interface PersonGapBarsProps {
  person: PersonGaps;
  competenceLabel: (competenceId: string) => string;
}

const ROW_HEIGHT = 24;
const heightFor = (rows: number) => Math.max(120, rows * ROW_HEIGHT + 60);
const shorten = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);

/** One person's gaps: bars sorted by size, and current vs required level per competence. */
export function PersonGapBars({ person, competenceLabel }: PersonGapBarsProps) {
  const { t } = useTranslation();
  const rated = person.cells.filter((c) => (c.gap ?? 0) > 0).sort(compareGaps);
  const gapRows: ChartRow[] = rated.map((c) => ({ id: c.competenceId, label: competenceLabel(c.competenceId), values: [c.gap] }));
  const levelRows: ChartRow[] = person.cells
    .filter((c) => c.current !== null || c.required !== null)
    .map((c) => ({ id: c.competenceId, label: competenceLabel(c.competenceId), values: [c.current, c.required] }));
  const gapColumns = [t('gaps.person.gap')];
  const levelColumns = [t('gaps.person.current'), t('gaps.person.required')];
  const gapData = gapRows.map((r) => ({ label: shorten(r.label), gap: r.values[0] }));
  const levelData = levelRows.map((r) => ({ label: shorten(r.label), current: r.values[0], required: r.values[1] }));

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
        <ResponsiveContainer width="100%" height={heightFor(gapRows.length)}>
          <BarChart data={gapData} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 4]} allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={210} interval={0} tick={{ fontSize: 11 }} />
            <Tooltip isAnimationActive={false} />
            <Legend formatter={legendLabel} />
            <Bar dataKey="gap" name={gapColumns[0]} fill={SERIES.gap} isAnimationActive={false}>
              <LabelList dataKey="gap" position="right" fontSize={11} />
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
        <ResponsiveContainer width="100%" height={heightFor(levelRows.length) + levelRows.length * 8}>
          <BarChart
            data={levelData}
            layout="vertical"
            accessibilityLayer={false}
            barGap={1}
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={210} interval={0} tick={{ fontSize: 11 }} />
            <Tooltip isAnimationActive={false} />
            <Legend formatter={legendLabel} />
            <Bar dataKey="current" name={levelColumns[0]} fill={SERIES.current} isAnimationActive={false} />
            <Bar dataKey="required" name={levelColumns[1]} fill={SERIES.required} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </Stack>
  );
}

import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFrame, useChartFormat, type ChartRow } from './ChartFrame';
import type { Progress } from '@shared/domain/gaps';
import type { ChartRound } from './CompanyRadar';
import { roundColour } from './palette';
import { legendLabel } from './legend';
import { categoryAxis, wrapLines } from './labels';

export interface ProgressChartProps {
  progress: Progress;
  areaLabel: (areaId: string) => string;
  /** The earlier and the later round: named in the legend, coloured as everywhere (palette.roundColour). */
  from: ChartRound;
  to: ChartRound;
}

type View = 'area' | 'person';
const FONT = 11;
/** A label wider than this wraps onto more lines; the axis is as wide as its widest line. */
const LABEL_MAX = 220;

/** Baseline vs follow-up: area scores (0–100), or each person's total gap. */
export function ProgressChart({ progress, areaLabel, from, to }: ProgressChartProps) {
  const { t } = useTranslation();
  const format = useChartFormat();
  const [view, setView] = useState<View>('area');
  const byArea = view === 'area';
  const columns = byArea
    ? [t('gaps.progress.areaFrom', { date: from.label }), t('gaps.progress.areaTo', { date: to.label }), t('gaps.progress.change')]
    : [t('gaps.progress.gapFrom', { date: from.label }), t('gaps.progress.gapTo', { date: to.label }), t('gaps.progress.change')];
  const rows: ChartRow[] = byArea
    ? progress.areas.map((a) => ({ id: a.areaId, label: areaLabel(a.areaId), values: [a.fromScore, a.toScore, a.change] }))
    : progress.people.map((p) => ({ id: p.personId, label: p.name, values: [p.fromGap, p.toGap, p.gapChange] }));
  const data = rows.map((r) => ({ label: r.label, from: r.values[0], to: r.values[1] }));
  const labels = rows.map((r) => r.label);
  const lines = labels.reduce((n, l) => n + Math.max(2, wrapLines(l, LABEL_MAX, FONT).length), 0);
  const height = Math.max(160, lines * 15 + rows.length * 8 + 70);
  return (
    <ChartFrame
      name="progress"
      title={t('gaps.progress.title')}
      description={t('gaps.progress.description', { from: from.label, to: to.label })}
      rowHeader={byArea ? t('gaps.progress.area') : t('gaps.progress.person')}
      columns={columns}
      rows={rows}
      empty={rows.length === 0}
      controls={
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v as View)}
          data={[
            { value: 'area', label: t('gaps.progress.byArea') },
            { value: 'person', label: t('gaps.progress.byPerson') },
          ]}
          data-testid="progress-view"
        />
      }
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" accessibilityLayer={false} barGap={1} margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={byArea ? [0, 100] : [0, 'auto']}
            allowDecimals={false}
            tick={{ fontSize: FONT }}
            tickFormatter={format.tick}
          />
          <YAxis type="category" dataKey="label" interval={0} {...categoryAxis(labels, LABEL_MAX, FONT)} />
          <Tooltip isAnimationActive={false} formatter={format.tooltip} />
          <Legend formatter={legendLabel} />
          <Bar dataKey="from" name={columns[0]} fill={roundColour(from.order)} isAnimationActive={false} data-series="from" />
          <Bar dataKey="to" name={columns[1]} fill={roundColour(to.order)} isAnimationActive={false} data-series="to" />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

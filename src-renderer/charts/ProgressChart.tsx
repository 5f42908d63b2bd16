import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFrame, type ChartRow } from './ChartFrame';
import type { Progress } from '@shared/domain/gaps';
import { SERIES } from './palette';
import { legendLabel } from './legend';

export interface ProgressChartProps {
  progress: Progress;
  areaLabel: (areaId: string) => string;
  /** Formatted dates of the two rounds. */
  fromDate: string;
  toDate: string;
}

type View = 'area' | 'person';
const shorten = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);

/** Baseline vs follow-up: area scores (0–100), or each person's total gap. */
export function ProgressChart({ progress, areaLabel, fromDate, toDate }: ProgressChartProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('area');
  const byArea = view === 'area';
  const columns = byArea
    ? [t('gaps.progress.areaFrom', { date: fromDate }), t('gaps.progress.areaTo', { date: toDate }), t('gaps.progress.change')]
    : [t('gaps.progress.gapFrom', { date: fromDate }), t('gaps.progress.gapTo', { date: toDate }), t('gaps.progress.change')];
  const rows: ChartRow[] = byArea
    ? progress.areas.map((a) => ({ id: a.areaId, label: areaLabel(a.areaId), values: [a.fromScore, a.toScore, a.change] }))
    : progress.people.map((p) => ({ id: p.personId, label: p.name, values: [p.fromGap, p.toGap, p.gapChange] }));
  const data = rows.map((r) => ({ label: shorten(r.label), from: r.values[0], to: r.values[1] }));
  const height = Math.max(160, rows.length * 34 + 70);
  return (
    <ChartFrame
      name="progress"
      title={t('gaps.progress.title')}
      description={t('gaps.progress.description', { from: fromDate, to: toDate })}
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
          <XAxis type="number" domain={byArea ? [0, 100] : [0, 'auto']} allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={210} interval={0} tick={{ fontSize: 11 }} />
          <Tooltip isAnimationActive={false} />
          <Legend formatter={legendLabel} />
          <Bar dataKey="from" name={columns[0]} fill={SERIES.current} isAnimationActive={false} />
          <Bar dataKey="to" name={columns[1]} fill={SERIES.compare} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

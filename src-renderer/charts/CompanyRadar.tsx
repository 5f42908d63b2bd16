import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ChartFrame, type ChartRow } from './ChartFrame';
import type { AreaProfile } from '@shared/domain/gaps';
import { SERIES } from './palette';
import { legendLabel } from './legend';

export interface CompanyRadarProps {
  areas: AreaProfile[];
  /** A second round (e.g. the follow-up) drawn over the first. */
  compareAreas?: AreaProfile[] | null;
  /** The area's title in the UI language. */
  areaLabel: (areaId: string) => string;
  /** Dates (formatted) of the round and of the comparison round, for the legend. */
  date: string;
  compareDate?: string | null;
}

/** The company's business areas on a 0–100 scale: current vs target, with an optional second round as overlay. */
export function CompanyRadar({ areas, compareAreas, areaLabel, date, compareDate }: CompanyRadarProps) {
  const { t } = useTranslation();
  const compare = compareAreas ? new Map(compareAreas.map((a) => [a.areaId, a])) : null;
  const columns = [t('gaps.radar.current', { date }), t('gaps.radar.target')];
  if (compare) columns.push(t('gaps.radar.compare', { date: compareDate ?? '' }));
  const rows: ChartRow[] = areas.map((a) => {
    const values = [a.currentScore, a.targetScore];
    if (compare) values.push(compare.get(a.areaId)?.currentScore ?? null);
    return { id: a.areaId, label: areaLabel(a.areaId), values };
  });
  const data = rows.map((r) => ({ label: r.label, current: r.values[0], target: r.values[1], compare: r.values[2] }));
  // The target under the current profile, dashed; the earlier round on top when compared.
  const series: Array<{ key: keyof typeof SERIES; name?: string; opacity: number; dash?: string }> = [
    { key: 'target', name: columns[1], opacity: 0.08, dash: '6 3' },
    { key: 'current', name: columns[0], opacity: 0.25 },
    ...(compare ? [{ key: 'compare' as const, name: columns[2], opacity: 0.15 }] : []),
  ];
  const empty = rows.every((r) => r.values.every((v) => v === null));
  return (
    <ChartFrame
      name="radar"
      title={t('gaps.radar.title')}
      description={t('gaps.radar.description')}
      rowHeader={t('gaps.radar.area')}
      columns={columns}
      rows={rows}
      empty={empty}
    >
      <ResponsiveContainer width="100%" height={340}>
        <RadarChart data={data} outerRadius="68%" accessibilityLayer={false} margin={{ top: 8, right: 40, bottom: 8, left: 40 }}>
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: 11, fill: '#343a40' }} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={6}
            angle={90 - 180 / Math.max(3, rows.length)}
            tick={{ fontSize: 10, fill: '#495057' }}
          />
          {series.map((r) => (
            <Radar
              key={r.key}
              name={r.name}
              dataKey={r.key}
              stroke={SERIES[r.key]}
              strokeDasharray={r.dash}
              strokeWidth={2}
              fill={SERIES[r.key]}
              fillOpacity={r.opacity}
              isAnimationActive={false}
            />
          ))}
          <Tooltip isAnimationActive={false} />
          <Legend formatter={legendLabel} />
        </RadarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useElementSize } from '@mantine/hooks';
import { ChartFrame, useChartFormat, useNumber, type ChartRow } from './ChartFrame';
import type { AreaProfile } from '@shared/domain/gaps';
import { SERIES, roundColour } from './palette';
import { legendLabel } from './legend';
import { wrappedTick } from './labels';
import { intlLocale } from '../lib/numberFormat';

/** A round as a chart shows it: its name (kind and date) and its place among the company's rounds (0 = baseline). */
export interface ChartRound {
  label: string;
  order: number;
}

export interface CompanyRadarProps {
  areas: AreaProfile[];
  /** A second round (e.g. the baseline) drawn over the first. */
  compareAreas?: AreaProfile[] | null;
  /** The area's title in the UI language. */
  areaLabel: (areaId: string) => string;
  /** The round the areas are from, and the one compared with: named in the caption and legend, coloured by order. */
  round: ChartRound;
  compare?: ChartRound | null;
  /** Height of the drawing in pixels (the printed documents give one); by default it grows with the card's width. */
  height?: number;
}

/** The rings of the scale: 0 in the middle, one ring per 20 points. */
const RINGS = [20, 40, 60, 80, 100];

/** The company's business areas on a 0–100 scale: current vs target, with an optional second round as overlay. */
export function CompanyRadar({ areas, compareAreas, areaLabel, round, compare = null, height }: CompanyRadarProps) {
  const { t, i18n } = useTranslation();
  // As tall as a good part of the card is wide: 480 px on a small laptop, up to 640 px on a wide window.
  const { ref, width } = useElementSize();
  const drawn = height ?? Math.round(Math.min(640, Math.max(480, width * 0.55)));
  const num = useNumber();
  const format = useChartFormat();
  const compared = compareAreas && compare ? new Map(compareAreas.map((a) => [a.areaId, a])) : null;
  const columns = [t('gaps.radar.current', { date: round.label }), t('gaps.radar.target')];
  if (compared) columns.push(t('gaps.radar.compare', { date: compare!.label }));
  const rows: ChartRow[] = areas.map((a) => {
    const values = [a.currentScore, a.targetScore];
    if (compared) values.push(compared.get(a.areaId)?.currentScore ?? null);
    return { id: a.areaId, label: areaLabel(a.areaId), values };
  });
  const data = rows.map((r) => ({ label: r.label, current: r.values[0], target: r.values[1], compare: r.values[2] }));
  // The target under the current profile, dashed; the compared round on top.
  const series = [
    { key: 'target', name: columns[1]!, colour: SERIES.target, opacity: 0.08, dash: '6 3' },
    { key: 'current', name: columns[0]!, colour: roundColour(round.order), opacity: 0.25 },
    ...(compared ? [{ key: 'compare', name: columns[2]!, colour: roundColour(compare!.order), opacity: 0.15 }] : []),
  ];
  const rings = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(RINGS.map(num));
  const shows = compared
    ? t('gaps.radar.showsCompared', { round: round.label, compare: compare!.label })
    : t('gaps.radar.shows', { round: round.label });
  const empty = rows.every((r) => r.values.every((v) => v === null));
  return (
    <ChartFrame
      name="radar"
      title={t('gaps.radar.title')}
      description={`${shows} ${t('gaps.radar.scale', { rings })}`}
      rowHeader={t('gaps.radar.area')}
      columns={columns}
      rows={rows}
      empty={empty}
    >
      <div ref={ref}>
        <ResponsiveContainer width="100%" height={drawn}>
          <RadarChart data={data} outerRadius="84%" accessibilityLayer={false} margin={{ top: 28, right: 16, bottom: 4, left: 16 }}>
            <PolarGrid />
            <PolarAngleAxis dataKey="label" tick={wrappedTick(130, 12)} />
            {/* The scale is in the caption: numbers drawn inside the chart would sit on the data. */}
            <PolarRadiusAxis domain={[0, 100]} tickCount={RINGS.length + 1} tick={false} axisLine={false} />
            {series.map((r) => (
              <Radar
                key={r.key}
                name={r.name}
                dataKey={r.key}
                stroke={r.colour}
                strokeDasharray={r.dash}
                strokeWidth={2}
                fill={r.colour}
                fillOpacity={r.opacity}
                isAnimationActive={false}
                data-series={r.key}
              />
            ))}
            <Tooltip isAnimationActive={false} formatter={format.tooltip} />
            <Legend formatter={legendLabel} />
          </RadarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES } from '../../charts/palette';

export interface ReportBarDrawingProps {
  data: Array<{ label: string; value: number | null | undefined }>;
  /** The column drawn, named in the tooltip. */
  series: string;
  height: number;
  /** Axis, bar labels and tooltip in the language's own numbers (decimal comma in Swedish). */
  format(value: unknown): string;
}

/**
 * The bars of a report chart (ReportBarChart in ReportTableView.tsx holds the figure, its title and its table):
 * a module of its own, so that recharts loads after the report's tables are on screen.
 */
export function ReportBarDrawing({ data, series, height, format }: ReportBarDrawingProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals tick={{ fontSize: 11 }} tickFormatter={format} />
        <YAxis type="category" dataKey="label" width={170} interval={0} tick={{ fontSize: 11 }} />
        <Tooltip isAnimationActive={false} formatter={format} />
        <Bar dataKey="value" name={series} fill={SERIES.current} isAnimationActive={false}>
          <LabelList dataKey="value" position="right" fontSize={11} formatter={format} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

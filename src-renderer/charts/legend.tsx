import { LEGEND_TEXT } from './palette';

/** recharts' Legend `formatter`: the series name in text colour (see LEGEND_TEXT). */
export function legendLabel(value: string) {
  return <span style={{ color: LEGEND_TEXT }}>{value}</span>;
}

/**
 * A colour-blind-safe sequential scale for gaps 0–4 (cividis, reversed: no gap is light, a large gap dark), with the
 * text colour that keeps WCAG AA contrast on each step.
 */
export const GAP_COLOURS: ReadonlyArray<{ background: string; text: string }> = [
  { background: '#fde945', text: '#1a1a1a' },
  { background: '#c4b56c', text: '#1a1a1a' },
  { background: '#8c8a78', text: '#000000' },
  { background: '#4a5570', text: '#ffffff' },
  { background: '#00224e', text: '#ffffff' },
];

export const UNRATED_COLOUR = { background: '#ffffff', text: '#495057' };

export function gapColour(gap: number | null): { background: string; text: string } {
  if (gap === null) return UNRATED_COLOUR;
  return GAP_COLOURS[Math.max(0, Math.min(GAP_COLOURS.length - 1, Math.round(gap)))]!;
}

/** Series colours for the recharts charts (Okabe–Ito: distinguishable with colour-vision deficiencies). */
export const SERIES = {
  current: '#0072B2',
  target: '#E69F00',
  compare: '#009E73',
  required: '#E69F00',
  gap: '#D55E00',
} as const;

/**
 * Legend labels in text colour: recharts colours them like their series by default, and the orange of the target
 * series is below 3:1 on white. The coloured marker beside each label still tells the series apart.
 */
export const LEGEND_TEXT = '#212529';

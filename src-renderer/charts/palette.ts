/**
 * The heatmap's sequential scale for gaps 0–4: no gap is a calm near-white, a larger gap a stronger blue (one hue, so
 * it reads with colour-vision deficiencies too), with the text colour that keeps at least 4.5:1 on each step.
 */
export const GAP_COLOURS: ReadonlyArray<{ background: string; text: string }> = [
  { background: '#f1f5f9', text: '#212529' },
  { background: '#cfe0f1', text: '#1a1a1a' },
  { background: '#8dbbe0', text: '#1a1a1a' },
  { background: '#2f6fae', text: '#ffffff' },
  { background: '#0b3d78', text: '#ffffff' },
];

/** A competence nobody has rated yet: white with a dash (and a dashed border, see charts.css), never a 0. */
export const UNRATED_COLOUR = { background: '#ffffff', text: '#495057' };

export function gapColour(gap: number | null): { background: string; text: string } {
  if (gap === null) return UNRATED_COLOUR;
  return GAP_COLOURS[Math.max(0, Math.min(GAP_COLOURS.length - 1, Math.round(gap)))]!;
}

/** Series colours for the recharts charts that are not rounds (Okabe–Ito: distinguishable with colour-vision deficiencies). */
export const SERIES = {
  current: '#0072B2',
  target: '#E69F00',
  required: '#E69F00',
  gap: '#D55E00',
} as const;

/**
 * One colour per assessment round, everywhere (radar, progress chart, legends, print): the baseline is the first,
 * each follow-up the next. Every one is at least 3:1 against white, and none is the target's orange.
 */
export const ROUND_COLOURS = ['#0072B2', '#009E73', '#AA4499', '#332288', '#117733'] as const;

/** The colour of a round by its order among the company's rounds (0 = the baseline). */
export function roundColour(order: number): string {
  const i = Math.max(0, Math.floor(order));
  return ROUND_COLOURS[i % ROUND_COLOURS.length]!;
}

/** A round's place among the company's rounds, oldest first (date, then id for rounds on the same day). */
export function roundOrder(rounds: ReadonlyArray<{ id: string; date: string }>, roundId: string): number {
  const sorted = [...rounds].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return Math.max(
    0,
    sorted.findIndex((r) => r.id === roundId),
  );
}

/**
 * Legend labels in text colour: recharts colours them like their series by default, and the orange of the target
 * series is below 3:1 on white. The coloured marker beside each label still tells the series apart.
 */
export const LEGEND_TEXT = '#212529';

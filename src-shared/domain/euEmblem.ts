/**
 * The EU emblem's geometry from its official description: a blue rectangle of 3:2, twelve gold five-pointed stars
 * on an invisible circle centred on the flag whose radius is one third of the flag's height; each star is inscribed
 * in a circle of one eighteenth of the height, stands upright (one point up) and sits where the hours of a clock
 * face are. Colours: Reflex Blue #003399 and Yellow #FFCC00. Pure numbers, drawn by src-renderer/print/EuEmblem.tsx.
 */

export const EU_BLUE = '#003399';
export const EU_GOLD = '#FFCC00';

/** The flag's height in the drawing's own units; everything else follows from it. */
export const HEIGHT = 180;
export const WIDTH = HEIGHT * 1.5;
const CIRCLE_RADIUS = HEIGHT / 3;
export const STAR_RADIUS = HEIGHT / 18;
/** A regular five-pointed star's inner radius over its outer one: sin 18° / sin 54° (= 1/φ²). */
const INNER_RATIO = Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10);

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The ten corners of an upright star centred at (cx, cy). */
export function starPoints(cx: number, cy: number, radius: number): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? radius : radius * INNER_RATIO;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [round(cx + r * Math.cos(angle)), round(cy + r * Math.sin(angle))];
  });
}

/** The twelve stars' centres, at the hours of a clock face starting at twelve o'clock. */
export function starCentres(): Array<[number, number]> {
  return Array.from({ length: 12 }, (_, hour) => {
    const angle = -Math.PI / 2 + (hour * Math.PI) / 6;
    return [round(WIDTH / 2 + CIRCLE_RADIUS * Math.cos(angle)), round(HEIGHT / 2 + CIRCLE_RADIUS * Math.sin(angle))];
  });
}

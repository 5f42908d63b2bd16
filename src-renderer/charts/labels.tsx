/** Chart labels measured and wrapped instead of cut: the progress chart's and the bars' axis names, the radar's areas. */

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in pixels at `fontSize`: measured on a canvas, estimated where there is none (jsdom). */
export function textWidth(text: string, fontSize: number): number {
  if (context === undefined) {
    const inDom = typeof document !== 'undefined' && !/jsdom/i.test(globalThis.navigator?.userAgent ?? '');
    context = inDom ? document.createElement('canvas').getContext('2d') : null;
  }
  if (!context) return text.length * fontSize * 0.56;
  context.font = `${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** `text` broken at spaces into lines no wider than `maxWidth` (a single long word keeps its own line). */
export function wrapLines(text: string, maxWidth: number, fontSize: number, measure = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width a category axis needs for `labels`: the widest line once wrapped at `maxWidth`, plus the tick's gap. */
export function axisWidth(labels: readonly string[], maxWidth: number, fontSize: number): number {
  const widest = labels.flatMap((l) => wrapLines(l, maxWidth, fontSize)).reduce((w, l) => Math.max(w, textWidth(l, fontSize)), 0);
  return Math.ceil(Math.min(maxWidth, widest)) + 12;
}

/** What recharts passes to a custom `tick`: where to draw, and the category. */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
}

const LINE_HEIGHT = 1.15;

/**
 * A tick that wraps its label over as many lines as it needs, centred on the tick: for a category YAxis
 * (`anchor` end, to the left of the bars) or the radar's angle axis (anchored as recharts says).
 */
export function wrappedTick(maxWidth: number, fontSize = 11, fill = '#343a40') {
  return function WrappedTick({ x = 0, y = 0, payload, textAnchor }: TickProps) {
    const lines = wrapLines(String(payload?.value ?? ''), maxWidth, fontSize);
    const first = (-(lines.length - 1) * LINE_HEIGHT) / 2 + 0.35;
    return (
      <text x={Number(x)} y={Number(y)} textAnchor={textAnchor ?? 'end'} fontSize={fontSize} fill={fill}>
        {lines.map((l, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? `${first}em` : `${LINE_HEIGHT}em`}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };
}

/** Width and tick of a category YAxis whose labels wrap instead of being cut: spread onto `<YAxis>`. */
export function categoryAxis(labels: readonly string[], maxWidth: number, fontSize = 11) {
  return { width: axisWidth(labels, maxWidth, fontSize), tick: wrappedTick(maxWidth, fontSize) };
}

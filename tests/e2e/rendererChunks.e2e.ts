import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, ROOT, screen, useDemoHost } from './harness';

/**
 * The renderer is split by screen (issue 17): the unlocked overview loads neither the charts (recharts), the report,
 * the print views, exchange nor the passphrase estimator's dictionaries. Checked twice: in the build's manifest (what
 * the overview imports, transitively) and in Chromium (what the page requests until the overview is usable). The
 * e2e step builds the renderer first (npm run test:e2e).
 */

const OUT = join(ROOT, 'out', 'renderer');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The lazily loaded sources the overview must not need, by their manifest key, and the shared chunks by name. */
const LATER_SOURCES = ['features/reports/ReportScreen.tsx', 'print/PrintView.tsx', 'features/exchange/ExchangeScreen.tsx'];
const LATER_CHUNKS = ['charts', 'passphrase-dictionaries'];

function laterFiles(manifest: Manifest): string[] {
  const named = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => LATER_CHUNKS.some((name) => new RegExp(`^assets/${name}-[^/]+\\.js$`).test(f)));
  const sources = LATER_SOURCES.map((key) => manifest[key]?.file);
  expect(sources.every(Boolean), 'every screen named is a chunk of its own').toBe(true);
  expect(named, 'the charts and dictionaries chunks exist').toHaveLength(LATER_CHUNKS.length);
  return [...named, ...(sources as string[])];
}

/** Every file the keys import statically, transitively (what loads with them). */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    // A source that is no chunk of its own (the overview comes with the entry) adds nothing.
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return new Set([...seen].map((k) => manifest[k]!.file));
}

describe('the renderer split by screen', () => {
  const env = useDemoHost('vaxtkraft-chunks-', 3, 'en lång lösenfras för uppdelningen');

  it('the overview imports no chart, report, print, exchange or dictionary chunk (build manifest)', async () => {
    const manifest = JSON.parse(await readFile(join(OUT, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const overview = staticClosure(manifest, [entry, 'features/overview/OverviewScreen.tsx']);
    const later = laterFiles(manifest);
    expect([...overview].filter((f) => later.includes(f))).toEqual([]);
    // The report's drawings do bring the charts (fetched once its tables show): the check above would see them.
    expect([...staticClosure(manifest, ['features/reports/ReportBarDrawing.tsx'])].some((f) => f.includes('/charts-'))).toBe(true);
  });

  it('the page requests them only when a screen needs them (Chromium)', async () => {
    const manifest = JSON.parse(await readFile(join(OUT, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const later = laterFiles(manifest);
    const { context, page } = await newPage(env.browser);
    try {
      const requested: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname.replace(/^\//, ''));
      });
      await page.goto(env.host.url);
      await screen(page, 'overview');
      expect(requested.length).toBeGreaterThan(0);
      expect(requested.filter((f) => later.includes(f))).toEqual([]);

      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Report', exact: true }).click();
      await screen(page, 'reports');
      expect(requested.some((f) => f === manifest['features/reports/ReportScreen.tsx']!.file)).toBe(true);
      // The charts come once the tables show, when a chart with bars to draw is near the window or the page is idle
      // (a period with nothing to draw asks for none).
      const drawings = page.locator('figure[data-chart] [data-chart-drawing]');
      if ((await drawings.count()) > 0) await drawings.locator('svg').first().waitFor();
      expect(requested.some((f) => /^assets\/charts-/.test(f))).toBe((await drawings.count()) > 0);
      expect(requested.some((f) => /^assets\/passphrase-dictionaries-/.test(f))).toBe(false);
    } finally {
      await context.close();
    }
  });
});

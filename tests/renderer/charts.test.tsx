import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, within } from '@testing-library/react';
import { renderInApp } from './render';
import { i18n } from '../../src-renderer/lib/i18n';
import { formatDecimal } from '../../src-renderer/lib/format';
import { CompanyRadar } from '../../src-renderer/charts/CompanyRadar';
import { ProgressChart } from '../../src-renderer/charts/ProgressChart';
import { TeamHeatmap } from '../../src-renderer/charts/TeamHeatmap';
import { PersonGapPanel } from '../../src-renderer/features/gaps/PersonGapPanel';
import type { FrameworksResult, RoundDetail } from '@shared/api/assessments';
import { GAP_COLOURS, ROUND_COLOURS, roundColour, roundOrder } from '../../src-renderer/charts/palette';
import { wrapLines } from '../../src-renderer/charts/labels';
import type { AreaProfile, CellGap, PersonGaps, Progress } from '@shared/domain/gaps';

const area = (areaId: string, currentScore: number | null, targetScore: number | null): AreaProfile => ({
  areaId,
  answered: 3,
  total: 4,
  currentLevel: null,
  currentScore,
  targetLevel: null,
  targetScore,
});
const LONG = 'Samverkan, nätverk och värdekedjor i hela landet och utomlands';
const labelOf = (id: string) => (id === 'c' ? LONG : `Area ${id}`);
const BASELINE = { label: 'Baseline, 1 Mar 2026', order: 0 };
const FOLLOW_UP = { label: 'Follow-up, 1 Nov 2026', order: 1 };

const progress: Progress = {
  fromRoundId: 'r1',
  toRoundId: 'r2',
  areas: [
    { areaId: 'a', fromScore: 30, toScore: 40, change: 10 },
    { areaId: 'c', fromScore: 10, toScore: 20.5, change: 10.5 },
  ],
  competences: [],
  people: [],
};

function radar() {
  return (
    <CompanyRadar
      areas={[area('a', 40, 80), area('b', 55.5, 70), area('c', 20, 60)]}
      compareAreas={[area('a', 30, 80), area('b', 45, 70), area('c', 10, 60)]}
      areaLabel={labelOf}
      round={FOLLOW_UP}
      compare={BASELINE}
    />
  );
}

/** Each legend entry's text and the colour of its marker. */
function legend(root: HTMLElement): Map<string, string> {
  const entries = [...root.querySelectorAll('.recharts-legend-item')];
  return new Map(entries.map((li) => [li.textContent ?? '', li.querySelector('.recharts-legend-icon')?.getAttribute('fill') ?? '']));
}
const colourOf = (entries: Map<string, string>, round: string) => [...entries].find(([text]) => text.includes(round))?.[1];

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [1, 3, 5].map(channel);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

beforeAll(() => {
  // jsdom lays nothing out: give recharts' containers a size so that the charts draw.
  // Only the containers: text measured as 900 px wide would hide every tick.
  const sized = (e: HTMLElement) => e.classList.contains('recharts-responsive-container');
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 460 });
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const [width, height] = sized(this) ? [900, 460] : [0, 0];
    return { width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0 } as DOMRect;
  };
});
afterAll(async () => {
  // Back to Element.prototype's own (these were set on HTMLElement.prototype only).
  for (const key of ['clientWidth', 'clientHeight', 'getBoundingClientRect']) Reflect.deleteProperty(HTMLElement.prototype, key);
  await act(() => i18n().changeLanguage('en'));
});

describe('one colour per round', () => {
  it('a round is drawn in the same colour in the radar and the progress chart', () => {
    const r = renderInApp(radar());
    const p = renderInApp(<ProgressChart progress={progress} areaLabel={labelOf} from={BASELINE} to={FOLLOW_UP} />);
    const radarLegend = legend(r.container);
    const progressLegend = legend(p.container);
    for (const round of [BASELINE, FOLLOW_UP]) {
      expect(colourOf(radarLegend, round.label), round.label).toBe(roundColour(round.order));
      expect(colourOf(progressLegend, round.label), round.label).toBe(roundColour(round.order));
    }
    expect(roundColour(0)).not.toBe(roundColour(1));
    // The radar's polygons too, not only the legend.
    const strokes = [...r.container.querySelectorAll('.recharts-radar-polygon path')].map((e) => e.getAttribute('stroke'));
    expect(strokes).toEqual(expect.arrayContaining([ROUND_COLOURS[0], ROUND_COLOURS[1]]));
  });

  it('a round’s order is its place among the company’s rounds by date', () => {
    const rounds = [
      { id: 'f2', date: '2026-11-01' },
      { id: 'b', date: '2025-03-01' },
      { id: 'f1', date: '2026-03-01' },
    ];
    expect(['b', 'f1', 'f2'].map((id) => roundOrder(rounds, id))).toEqual([0, 1, 2]);
  });
});

describe('the radar', () => {
  it('names the round it shows and the one compared, and draws no scale numbers over the data', () => {
    const { container, getByRole } = renderInApp(radar());
    const caption = getByRole('figure').querySelector('p')!.textContent!;
    expect(caption).toContain(`Round: ${FOLLOW_UP.label}, compared with ${BASELINE.label}`);
    expect(caption).toContain('20, 40, 60, 80 and 100');
    expect(container.querySelectorAll('.recharts-polar-radius-axis-tick')).toHaveLength(0);
    // A long area name is wrapped, never cut.
    const ticks = [...container.querySelectorAll('.recharts-polar-angle-axis-tick text')].map((t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
    );
    expect(ticks).toContain(LONG);
  });
});

describe('the progress chart', () => {
  it('shows whole labels, wrapped over lines when long', () => {
    const { container } = renderInApp(<ProgressChart progress={progress} areaLabel={labelOf} from={BASELINE} to={FOLLOW_UP} />);
    const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels text')];
    const long = ticks.find((t) => t.textContent?.startsWith('Samverkan'))!;
    expect(long.querySelectorAll('tspan').length).toBeGreaterThan(1);
    expect([...long.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')).toBe(LONG);
    expect(container.textContent).not.toContain('…');
  });

  it('wraps at spaces within the width', () => {
    const measure = (s: string) => s.length * 10;
    expect(wrapLines('aa bb cc dd', 50, 10, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrapLines('averyveryverylongword x', 50, 10, measure)).toEqual(['averyveryverylongword', 'x']);
  });
});

describe('numbers in the app’s language', () => {
  it('uses a decimal comma in Swedish, in the charts’ tables too', async () => {
    expect(formatDecimal('sv', 55.5)).toBe('55,5');
    expect(formatDecimal('en', 55.5)).toBe('55.5');
    expect(formatDecimal('sv', null)).toBe('–');
    await act(() => i18n().changeLanguage('sv'));
    const { getByRole } = renderInApp(radar());
    fireEvent.click(within(getByRole('figure')).getByRole('switch'));
    expect(getByRole('table').textContent).toContain('55,5');
    expect(getByRole('table').textContent).not.toContain('55.5');
    await act(() => i18n().changeLanguage('en'));
  });
});

describe('the heatmap', () => {
  const cell = (competenceId: string, gap: number | null): CellGap => ({
    personId: 'p1',
    competenceId,
    required: gap === null ? null : 4,
    self: null,
    advisor: gap === null ? null : 4 - gap,
    current: gap === null ? null : 4 - gap,
    gap,
    weighted: gap,
    priority: 2,
    disagreement: false,
  });
  const person = (personId: string, name: string, cells: CellGap[]): PersonGaps => ({
    personId,
    name,
    role: 'owner',
    cells: cells.map((c) => ({ ...c, personId })),
    totalGap: cells.reduce((s, c) => s + (c.gap ?? 0), 0),
    weightedTotal: 0,
    rated: cells.filter((c) => c.gap !== null).length,
    largest: [],
  });
  const competences = [
    { id: 'k1', label: 'Självinsikt och självförtroende', groupId: null },
    { id: 'k2', label: 'Hantera osäkerhet, tvetydighet och risk', groupId: null },
  ];

  it('no gap is calm, larger gaps stronger, every number readable (4.5:1)', () => {
    const lum = GAP_COLOURS.map((c) => luminance(c.background));
    expect(lum[0]).toBeGreaterThan(0.85);
    lum.slice(1).forEach((l, i) => expect(l).toBeLessThan(lum[i]!));
    for (const c of GAP_COLOURS) expect(contrast(c.background, c.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('an unrated cell says "not rated yet" and shows a dash, never 0; nothing rated is no total', () => {
    const { getByRole, getByTestId, getByText } = renderInApp(
      <TeamHeatmap
        people={[person('p1', 'Anna', [cell('k1', 0), cell('k2', 2)]), person('p2', 'Bo', [cell('k1', null), cell('k2', null)])]}
        competences={competences}
        groups={[]}
      />,
    );
    const unrated = getByRole('button', { name: 'Bo, Hantera osäkerhet, tvetydighet och risk: not rated yet' });
    expect(unrated.textContent).toBe('–');
    expect(getByText('Not rated yet')).toBeTruthy();
    const bo = getByTestId('heatmap-grid').querySelector('tr[data-row-id="p2"]')!;
    expect(bo.querySelector('.vk-heatmap-total')!.textContent).toBe('–');
    const zero = getByRole('button', { name: 'Anna, Självinsikt och självförtroende: gap 0' });
    expect(zero.style.background).toBe('rgb(241, 245, 249)');
    // Column headers carry the whole name (wrapped by CSS, not cut).
    const headers = [...getByTestId('heatmap-grid').querySelectorAll('th.vk-heatmap-col')].map((th) => th.textContent);
    expect(headers).toEqual([...competences.map((c) => c.label), 'Total']);
  });
});

describe("a person's gaps before anything is rated", () => {
  const rating = (competenceId: string, level: number | null) => ({
    competenceId,
    requiredLevel: level,
    selfLevel: null,
    advisorLevel: level,
  });
  const round = (level: number | null) =>
    ({
      id: 'r1',
      kind: 'baseline',
      date: '2026-03-01',
      answers: [],
      areaTargets: [],
      customCompetences: [],
      people: [
        {
          personId: 'p1',
          name: 'Anna',
          role: 'owner',
          jobTitle: null,
          pending: false,
          competences: [rating('k1', level), rating('k2', null)],
        },
      ],
    }) as unknown as RoundDetail;
  const frameworks = { situation: { areas: [] }, catalogue: { competences: [], groups: [] } } as unknown as FrameworksResult;

  it('says "not rated yet" instead of a total of 0 over 0', () => {
    const { getByTestId, unmount } = renderInApp(<PersonGapPanel round={round(null)} personId="p1" frameworks={frameworks} />);
    expect(getByTestId('person-gap-totals').textContent).toBe('Not rated yet: the gap is counted once a competence is rated.');
    unmount();
    const rated = renderInApp(<PersonGapPanel round={round(3)} personId="p1" frameworks={frameworks} />);
    expect(rated.getByTestId('person-gap-totals').textContent).toBe('Total gap 0 over 1 rated competence');
  });
});

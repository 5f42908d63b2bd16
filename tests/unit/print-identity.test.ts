import { describe, expect, it } from 'vitest';
import { parsePrintHash, printHash } from '@shared/api/printRoute';
import { printDocumentSchema } from '@shared/api/print';
import { largestOpportunities } from '@shared/domain/businessCheck';
import { LOGO_TYPES, MAX_LOGO_BYTES, logoIssue } from '@shared/domain/logo';
import { planTypeTotals } from '@shared/domain/planTotals';
import { labelNamesKind, suggestionTitle, titleInLanguage } from '@shared/domain/printText';
import { EU_BLUE, EU_GOLD, starCentres, starPoints } from '@shared/domain/euEmblem';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('the business check’s print route', () => {
  it('names the round, and reads back what it writes', () => {
    const route = { document: 'businessCheck' as const, roundId: ID, language: 'en' as const, auto: true };
    expect(printHash(route)).toBe(`#/print/businessCheck/${ID}/en/print`);
    expect(parsePrintHash(printHash(route))).toEqual(route);
    expect(printDocumentSchema.safeParse({ document: 'businessCheck', roundId: ID, language: 'sv' }).success).toBe(true);
    expect(printDocumentSchema.safeParse({ document: 'businessCheck', companyId: ID, language: 'sv' }).success).toBe(false);
  });
});

describe('the EU emblem from its official geometry', () => {
  const HEIGHT = 180;
  it('has twelve stars on a circle of a third of the height, centred on a 3:2 flag, the first at twelve o’clock', () => {
    const centres = starCentres();
    expect(centres).toHaveLength(12);
    for (const [x, y] of centres) expect(Math.hypot(x - 135, y - 90)).toBeCloseTo(HEIGHT / 3, 2);
    expect(centres[0]).toEqual([135, 30]);
    expect(centres[3]).toEqual([195, 90]);
  });

  it('draws upright five-pointed stars inscribed in a circle of one eighteenth of the height', () => {
    const points = starPoints(0, 0, HEIGHT / 18);
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual([0, -10]);
    const outer = points.filter((_, i) => i % 2 === 0).map(([x, y]) => Math.hypot(x, y));
    for (const r of outer) expect(r).toBeCloseTo(10, 2);
    const inner = points.filter((_, i) => i % 2 === 1).map(([x, y]) => Math.hypot(x, y));
    for (const r of inner) expect(r).toBeCloseTo(10 * 0.381966, 2);
    expect([EU_BLUE, EU_GOLD]).toEqual(['#003399', '#FFCC00']);
  });
});

describe('the logo', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  it('accepts a PNG or JPEG whose bytes are what the type says, within the cap', () => {
    expect(LOGO_TYPES).toEqual(['image/png', 'image/jpeg']);
    expect(logoIssue(png)).toBeNull();
    expect(logoIssue(`data:image/jpeg;base64,${btoa('\xff\xd8\xff\xe0rest')}`)).toBeNull();
  });

  it('refuses SVG, other types, mislabelled bytes, broken base64 and anything over the cap', () => {
    expect(logoIssue(`data:image/svg+xml;base64,${btoa('<svg/>')}`)).toBe('type');
    expect(logoIssue('data:text/html;base64,PGh0bWw+')).toBe('type');
    expect(logoIssue('javascript:alert(1)')).toBe('type');
    expect(logoIssue(png.replace('image/png', 'image/jpeg'))).toBe('content');
    expect(logoIssue(`data:image/png;base64,${btoa('<svg onload=alert(1)>')}`)).toBe('content');
    expect(logoIssue('data:image/png;base64,iVBORw0KGgoAAA')).toBe('content');
    const big = 'iVBORw0KGgo' + 'A'.repeat(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 1);
    expect(logoIssue(`data:image/png;base64,${big.slice(0, big.length - (big.length % 4))}`)).toBe('size');
  });
});

describe('texts printed in the document’s language', () => {
  const type = { sv: 'Kurs', en: 'Course' };
  const competence = { sv: 'Digital marknadsföring', en: 'Digital marketing' };
  it('gives a suggestion’s title in the language asked when it was not edited', () => {
    expect(titleInLanguage(suggestionTitle('Kurs', 'Digital marknadsföring'), type, competence, 'en')).toBe('Course: Digital marketing');
    expect(titleInLanguage('Course: Digital marketing', type, competence, 'sv')).toBe('Kurs: Digital marknadsföring');
    expect(titleInLanguage('Kurs i sociala medier', type, competence, 'en')).toBe('Kurs i sociala medier');
    expect(titleInLanguage('Kurs: Digital marknadsföring', null, competence, 'en')).toBe('Kurs: Digital marknadsföring');
  });

  it('recognises a goal description that only names its kind, in either language and with a unit', () => {
    const turnover = ['Turnover', 'Omsättning'];
    expect(labelNamesKind('Omsättning (tkr)', turnover)).toBe(true);
    expect(labelNamesKind(' turnover ', turnover)).toBe(true);
    expect(labelNamesKind(null, turnover)).toBe(true);
    expect(labelNamesKind('Omsättning i Norge', turnover)).toBe(false);
  });
});

describe('the plan’s totals by activity type', () => {
  const a = (typeId: string | null, hours: number, cost: number | null, share: number | null, extra = {}) => ({
    typeId,
    level: 'individual' as const,
    status: 'planned',
    personIds: ['p1', 'p2'],
    hours,
    costSek: cost,
    programmeShareSek: share,
    ...extra,
  });
  it('sums hours, cost, the programme’s share and the company’s own contribution, cancelled activities aside', () => {
    const totals = planTypeTotals(
      [
        a('course', 10, 5000, 2000),
        a('course', 4, 1000, null),
        a('coaching', 2, null, null, { level: 'company', personIds: [] }),
        a(null, 1, 300, 500),
        a('course', 99, 99_999, 0, { status: 'cancelled' }),
      ],
      ['coaching', 'course'],
      5,
    );
    expect(totals.byType.map((r) => [r.typeId, r.count, r.hours, r.costSek, r.programmeShareSek, r.ownContributionSek])).toEqual([
      ['coaching', 1, 2, 0, 0, 0],
      ['course', 2, 14, 6000, 2000, 4000],
      [null, 1, 1, 300, 300, 0],
    ]);
    expect(totals.total).toMatchObject({ count: 4, hours: 17, costSek: 6300, ownContributionSek: 4000, participantHours: 20 + 8 + 10 + 2 });
  });
});

describe('the three largest opportunities', () => {
  it('ranks by room to the target, then areas without a target by lowest score; never an unanswered or full area', () => {
    const areas = [
      { areaId: 'a', score: 50, targetScore: 75 },
      { areaId: 'b', score: 25, targetScore: 100 },
      { areaId: 'c', score: 80, targetScore: 75 },
      { areaId: 'd', score: 10, targetScore: null },
      { areaId: 'e', score: null, targetScore: 100 },
      { areaId: 'f', score: 100, targetScore: null },
      { areaId: 'g', score: 40, targetScore: null },
    ];
    expect(largestOpportunities(areas)).toEqual(['b', 'a', 'd']);
    expect(largestOpportunities(areas, 5)).toEqual(['b', 'a', 'd', 'g']);
  });
});

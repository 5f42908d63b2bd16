import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportTable } from '@shared/api/reports';
import { equationHolds, suppressCells } from '@shared/domain/suppression';
import { row } from '../../src-main/services/reports/cells';
import { reportTables } from '../../src-main/services/reports/tables';
import { externalProblems } from '../helpers/cellAudit';
import { ranges } from '@shared/domain/lp';
import { randomReportData } from '../helpers/reportData';

/**
 * Issue 14, "Hidden cells stay hidden": the external report's hidden figures, audited by a linear-programming
 * solver over everything published (every total an equation, every mark a bound), on many random datasets from a
 * single participant to a few hundred.
 */

const RULES = { limit: 5, oneMark: false };

describe('the LP solver of the audit', () => {
  it('finds the range of each variable under equalities and bounds', () => {
    // x + y = 6, x in [0,4], y in [0,4] → both 2..4; z free above 5, z - x = 3 → z 5..7
    const r = ranges({
      lower: [0, 0, 5],
      upper: [4, 4, Infinity],
      rows: [
        {
          terms: [
            [0, 1],
            [1, 1],
          ],
          rhs: 6,
        },
        {
          terms: [
            [2, 1],
            [0, -1],
          ],
          rhs: 3,
        },
      ],
    });
    expect(r!.map(([a, b]) => [Math.round(a), Math.round(b)])).toEqual([
      [2, 4],
      [2, 4],
      [5, 7],
    ]);
  });

  it('says so when the constraints cannot hold, and when a variable is unbounded', () => {
    expect(ranges({ lower: [0], upper: [4], rows: [{ terms: [[0, 1]], rhs: 9 }] })).toBeNull();
    expect(
      ranges({
        lower: [5, 0],
        upper: [Infinity, 4],
        rows: [
          {
            terms: [
              [0, 1],
              [1, -1],
            ],
            rhs: 5,
          },
        ],
      })![0],
    ).toEqual([5, 9]);
    expect(
      ranges({
        lower: [5, 5],
        upper: [Infinity, Infinity],
        rows: [
          {
            terms: [
              [0, 1],
              [1, -1],
            ],
            rhs: 0,
          },
        ],
      })![0]![1],
    ).toBe(Infinity);
  });
});

describe('complementary suppression of one equation', () => {
  it('hides a second cell when a total would give a small one away, and the total when the parts cannot', () => {
    // total 20 = 17 + 3: the 3 alone would be 20 − 17; with the 17 hidden too, it is 0..4 and the 17 is 16..20.
    expect(suppressCells([20, 17, 3], [{ total: 0, parts: [1, 2] }], 5)).toEqual(['shown', 'hidden', 'small']);
    // 30 = 12 + 15 + 3: hiding the 12 as well leaves 3 free in 0..4 and the 12 in 11..15.
    expect(suppressCells([30, 12, 15, 3], [{ total: 0, parts: [1, 2, 3] }], 5)).toEqual(['shown', 'hidden', 'shown', 'small']);
    // Everything small: the cells protect one another.
    expect(suppressCells([3, 2, 1, 0], [{ total: 0, parts: [1, 2, 3] }], 5)).toEqual(['small', 'small', 'small', 'small']);
  });

  it('falls back to one mark for every hidden cell when the marks themselves would tell', () => {
    // 6 = 3 + 3: as "<5" each would be 2–4, and with the total hidden as ".." (5 or more) still 1–4; so the two get
    // one mark that says nothing of their size (each 0–6 from the total), and the total can stay.
    expect(suppressCells([6, 3, 3], [{ total: 0, parts: [1, 2] }], 5)).toEqual(['shown', 'hidden', 'hidden']);
  });

  it('checks a small cell can reach both 0 and 4', () => {
    // 6 = x + y with both small: x is at least 2.
    expect(equationHolds({ total: 0, parts: [1, 2] }, [6, 3, 3], ['shown', 'small', 'small'], RULES)).toBe(false);
    expect(equationHolds({ total: 0, parts: [1, 2] }, [4, 3, 1], ['shown', 'small', 'small'], RULES)).toBe(true);
  });
});

const byId = (tables: readonly ReportTable[], id: string) => tables.find((t) => t.id === id)!;

describe('the external report keeps its hidden figures hidden', () => {
  const sizes = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 8 }) },
    { weight: 3, arbitrary: fc.integer({ min: 9, max: 60 }) },
    { weight: 2, arbitrary: fc.integer({ min: 61, max: 400 }) },
  );

  it('no hidden figure can be worked out, or narrowed below what "<5" says, from everything published', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), sizes, fc.boolean(), (seed, people, oneCompany) => {
        const data = randomReportData(seed, people, oneCompany ? 1 : undefined);
        const internal = reportTables(data, false);
        const external = reportTables(data, true);
        expect(externalProblems(internal, external)).toEqual([]);
        // Counts under 5 are never shown.
        const participants = byId(internal, 'summary').rows[1]!.cells[0] as number;
        if (participants < 5) expect(typeof byId(external, 'summary').rows[1]!.cells[0]).toBe('string');
      }),
      { numRuns: 60 },
    );
  }, 240_000);

  it('hides the non-binary participants of a single advisor together with enough else', () => {
    const data = randomReportData(7, 40, 3);
    const external = reportTables(data, true);
    const internal = reportTables(data, false);
    const hidden = byId(external, 'participantsByGender').rows.filter((r) => typeof r.cells[0] === 'string');
    expect(hidden.length).not.toBe(1);
    expect(externalProblems(internal, external)).toEqual([]);
  });
});

describe('the ESF+ result tables (each result at most its total, no equation between the rows)', () => {
  it('shows no result count under 5, and the audit holds with the bounds', () => {
    for (const seed of [3, 11, 29]) {
      const data = randomReportData(seed, 30, 2);
      const external = reportTables(data, true);
      for (const id of ['resultsAtExit', 'resultsAfterSixMonths']) {
        const shown = byId(external, id).rows.map((r) => r.cells[0]);
        expect(shown.every((c) => typeof c === 'string' || (typeof c === 'number' && c >= 5))).toBe(true);
      }
      expect(externalProblems(reportTables(data, false), external)).toEqual([]);
    }
  });

  it('audits the bound: a result published as ".." beside a shown total of 6 could only be 5–6', () => {
    const data = randomReportData(5, 60, 2);
    const internal = reportTables(data, false);
    const forged = internal.map((t) =>
      t.id !== 'resultsAtExit' ? t : { ...t, rows: [row('exited', [6]), row('exitInEmployment', ['..']), row('exitJobSearching', ['<5'])] },
    );
    const truth = internal.map((t) =>
      t.id !== 'resultsAtExit' ? t : { ...t, rows: [row('exited', [6]), row('exitInEmployment', [5]), row('exitJobSearching', [2])] },
    );
    const problems = externalProblems(truth, forged);
    expect(problems.filter((p) => p.startsWith('resultsAtExit/'))).toEqual([
      'resultsAtExit/exitInEmployment/participants (..) can only be 5–6',
    ]);
  });
});

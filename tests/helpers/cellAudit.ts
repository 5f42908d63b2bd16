/**
 * The attacker's view of a published (external) programme report, for the suppression tests and benchmark: every
 * hidden figure about people becomes a variable, every total a linear equation (written here from what the tables
 * mean, independently of src-main/services/reports/suppress.ts), each mark a bound ("<5": 0–4; "..": 5 or more,
 * since a smaller count would have been "<5", except in a report with no "<5" at all, where ".." is every hidden
 * figure and says only 0 or more; hidden hours: 0 or more), each ESF+ result at most its table's total (a slack
 * variable, never reported: part + slack = total), and the LP solver (src-shared/domain/lp.ts) gives each
 * hidden figure's least and greatest possible value.
 */
import type { ReportCell, ReportTable } from '@shared/api/reports';
import { GENDERS } from '@shared/domain/person';
import { ranges } from '@shared/domain/lp';
import type { LpProblem } from '@shared/domain/lp';

const BREAKDOWN_TOTAL: Record<string, string> = {
  participantsByAgeBand: 'total',
  participantsByEducation: 'total',
  participantsByEmployment: 'total',
  participantsByForeignBackground: 'total',
  participantsByThirdCountry: 'total',
  participantsByDisability: 'total',
  byCounty: 'participants',
};

export interface HiddenFigure {
  /** table/row/column */
  where: string;
  mark: '<5' | '..';
  kind: 'count' | 'hours';
  /** A count under 5 in truth (from the internal report). */
  small: boolean;
  min: number;
  max: number;
}

class Builder {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly names: string[] = [];
  readonly marks: Array<'<5' | '..'> = [];
  readonly kinds: Array<'count' | 'hours'> = [];
  readonly rows: LpProblem['rows'] = [];
  /** A published figure (number) or a hidden one (variable index). */
  private readonly terms = new Map<string, number | { v: number }>();

  private readonly oneMark: boolean;

  constructor(private readonly tables: readonly ReportTable[]) {
    this.oneMark = !tables.some((t) => t.rows.some((r) => r.cells.includes('<5')));
  }

  private cell(table: string, row: string, column: string): ReportCell | undefined {
    const t = this.tables.find((x) => x.id === table);
    const i = t?.columns.indexOf(column as never) ?? -1;
    return i < 0 ? undefined : t!.rows.find((r) => r.key === row)?.cells[i];
  }

  /** The figure at table/row/column, registered once; undefined when the table or cell is not in the report. */
  term(table: string, row: string, column: string, kind: 'count' | 'hours'): number | { v: number } | undefined {
    const where = `${table}/${row}/${column}`;
    const known = this.terms.get(where);
    if (known !== undefined) return known;
    const c = this.cell(table, row, column);
    if (c === undefined) return undefined;
    let term: number | { v: number };
    if (typeof c === 'number') term = c;
    else if (c === null) term = 0;
    else {
      term = { v: this.lower.length };
      this.names.push(where);
      this.marks.push(c);
      this.kinds.push(kind);
      const [lo, hi] = kind === 'hours' || this.oneMark ? [0, Infinity] : c === '<5' ? [0, 4] : [5, Infinity];
      this.lower.push(lo);
      this.upper.push(hi);
    }
    this.terms.set(where, term);
    return term;
  }

  /** Σ parts − total = 0, over figures of the report (missing ones make the equation unknown, so it is left out). */
  sum(total: [string, string, string], parts: Array<[string, string, string]>, kind: 'count' | 'hours'): void {
    const t = this.term(...total, kind);
    const ps = parts.map((p) => this.term(...p, kind));
    if (t === undefined || ps.some((p) => p === undefined)) return;
    const terms: Array<[number, number]> = [];
    let rhs = 0;
    for (const [term, sign] of [...ps.map((p) => [p!, 1] as const), [t, -1] as const]) {
      if (typeof term === 'number') rhs -= sign * term;
      else terms.push([term.v, sign]);
    }
    if (terms.length) this.rows.push({ terms, rhs });
  }

  same(a: [string, string, string], b: [string, string, string], kind: 'count' | 'hours'): void {
    this.sum(a, [b], kind);
  }

  /** part ≤ total, as part + slack = total with a slack of 0 or more (a variable no reader sees). */
  atMost(part: [string, string, string], total: [string, string, string]): void {
    const p = this.term(...part, 'count');
    const t = this.term(...total, 'count');
    if (p === undefined || t === undefined) return;
    const slack = this.lower.length;
    this.names.push(`${SLACK}${part.join('/')}`);
    this.marks.push('..');
    this.kinds.push('count');
    this.lower.push(0);
    this.upper.push(Infinity);
    const terms: Array<[number, number]> = [[slack, 1]];
    let rhs = 0;
    for (const [term, sign] of [[p, 1] as const, [t, -1] as const]) {
      if (typeof term === 'number') rhs -= sign * term;
      else terms.push([term.v, sign]);
    }
    this.rows.push({ terms, rhs });
  }
}

const SLACK = 'slack:';

/** The ESF+ result tables: each result is a part of the total row, with no equation between the rows. */
const RESULT_TOTAL_ROW: Record<string, string> = { resultsAtExit: 'exited', resultsAfterSixMonths: 'followedUp' };

/** Every linear relation between the report's figures about people. */
function relations(b: Builder, tables: readonly ReportTable[]): void {
  const grand: [string, string, string] = ['summary', 'participants', 'value'];
  const gender = (g: string): [string, string, string] => ['participantsByGender', g, 'participants'];
  b.sum(
    grand,
    GENDERS.map((g) => gender(g)),
    'count',
  );
  for (const g of GENDERS) {
    b.same(gender(g), ['hoursByGender', g, 'participants'], 'count');
    b.same(gender(g), ['actualHoursByGender', g, 'participants'], 'count');
    b.same(['hoursByGender', g, 'participantHours'], ['actualHoursByGender', g, 'plannedHours'], 'hours');
  }
  b.same(grand, ['actualHoursByGender', 'total', 'participants'], 'count');
  b.same(['summary', 'participantHours', 'value'], ['actualHoursByGender', 'total', 'plannedHours'], 'hours');
  for (const column of ['plannedHours', 'actualHours']) {
    b.sum(
      ['actualHoursByGender', 'total', column],
      GENDERS.map((g): [string, string, string] => ['actualHoursByGender', g, column]),
      'hours',
    );
  }
  for (const t of tables) {
    const totalRow = RESULT_TOTAL_ROW[t.id];
    if (!totalRow) continue;
    for (const r of t.rows) if (r.key !== totalRow) b.atMost([t.id, r.key, 'participants'], [t.id, totalRow, 'participants']);
  }
  for (const t of tables) {
    const totalColumn = BREAKDOWN_TOTAL[t.id];
    if (!totalColumn) continue;
    const keys = t.rows.map((r) => r.key);
    for (const k of keys) {
      b.sum(
        [t.id, k, totalColumn],
        GENDERS.map((g): [string, string, string] => [t.id, k, g]),
        'count',
      );
    }
    for (const g of GENDERS) {
      b.sum(
        gender(g),
        keys.map((k): [string, string, string] => [t.id, k, g]),
        'count',
      );
    }
    b.sum(
      grand,
      keys.map((k): [string, string, string] => [t.id, k, totalColumn]),
      'count',
    );
  }
}

/** Each hidden figure's possible range given everything published; null when the published figures contradict. */
export function auditHiddenFigures(tables: readonly ReportTable[], internal: readonly ReportTable[]): HiddenFigure[] | null {
  const b = new Builder(tables);
  relations(b, tables);
  // Hidden figures outside every relation (participants by activity type, adapted participants) keep their mark's range.
  for (const t of tables) {
    t.rows.forEach((r) =>
      r.cells.forEach((c, i) => {
        if (typeof c === 'string') b.term(t.id, r.key, t.columns[i]!, /hours|Hours|Participant$/.test(t.columns[i]!) ? 'hours' : 'count');
      }),
    );
  }
  const result = ranges({ lower: b.lower, upper: b.upper, rows: b.rows });
  if (!result) return null;
  const truth = (where: string) => {
    const [table, row, column] = where.split('/');
    const t = internal.find((x) => x.id === table)!;
    return t.rows.find((r) => r.key === row)!.cells[t.columns.indexOf(column as never)];
  };
  return result.flatMap(([min, max], i) => {
    if (b.names[i]!.startsWith(SLACK)) return [];
    const value = truth(b.names[i]!);
    const small = b.kinds[i] === 'count' && typeof value === 'number' && value < 5;
    return [{ where: b.names[i]!, mark: b.marks[i]!, kind: b.kinds[i]!, small, min, max }];
  });
}

/** The figures whose range is narrower than their mark promises (empty when the report is safe). */
export function disclosures(figures: readonly HiddenFigure[]): HiddenFigure[] {
  const eps = 1e-6;
  return figures.filter((f) => {
    // Hours are not counts: one is given away when it is pinned to a value, unless that value is 0 because the shown
    // total of its group is 0 (then every part is 0 for everyone to see, and says nothing of who or how many).
    if (f.kind === 'hours') return f.max - f.min < eps && f.max > eps;
    if (f.mark === '<5' || f.small) return f.min > eps || f.max < 4 - eps;
    return f.max - f.min < 4 - eps;
  });
}

/**
 * Everything wrong with an external report against its internal version, in words (empty when right): a shown figure
 * that differs, a count under 5 that is shown, a hidden count whose hours are shown, or a hidden figure the audit
 * narrows below its mark.
 */
export function externalProblems(internal: readonly ReportTable[], external: readonly ReportTable[]): string[] {
  const problems: string[] = [];
  for (const table of external) {
    const inner = internal.find((t) => t.id === table.id)!;
    table.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const truth = inner.rows[r]!.cells[c];
        const where = `${table.id}/${row.key}/${table.columns[c]}`;
        if (typeof cell === 'string' && cell !== '<5' && cell !== '..') problems.push(`${where}: mark ${cell}`);
        if (typeof cell !== 'string' && cell !== truth) problems.push(`${where}: ${String(cell)} shown, ${String(truth)} inside`);
      }),
    );
  }
  for (const id of ['hoursByGender', 'actualHoursByGender']) {
    for (const row of external.find((t) => t.id === id)?.rows ?? []) {
      if (typeof row.cells[0] === 'string' && row.cells.some((x) => typeof x !== 'string')) problems.push(`${id}/${row.key}: hours shown`);
    }
  }
  const figures = auditHiddenFigures(external, internal);
  if (!figures) return [...problems, 'the published figures contradict one another'];
  return [...problems, ...disclosures(figures).map((f) => `${f.where} (${f.mark}) can only be ${f.min}–${f.max}`)];
}

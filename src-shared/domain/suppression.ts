/**
 * Secondary (complementary) cell suppression for figures about people (issue 14).
 *
 * A report is a set of counts tied by totals: `total = part + part + …` (a row of a table, a column, a table's
 * grand total, and tables that share a total). A count under the limit is hidden ("small"); but from the totals and
 * the other cells a hidden count may be worked out exactly, or narrowed to less than what "<5" says. So further
 * cells are hidden ("hidden") until, in every equation, each hidden cell can still take every value its mark allows:
 *
 * - a small cell is known only to be 0–4 (zeros are hidden too): each one must reach both 0 and 4;
 * - a cell hidden for protection is known to be 5 or more (else it would be small): its possible values must span
 *   at least as much as 0–4 does (a range of 4 or more), so that it is not worked out either.
 *
 * First each equation is checked alone, exactly (interval arithmetic over the hidden cells' bounds); when one fails
 * the smallest published member that mends it is hidden (a part before the total, so that totals stay shown), or
 * the largest when none mends it alone, until none fails. Equations share cells, so a reader combining them may
 * still narrow a cell: the result is then audited as a whole with a linear programme (lp.ts: each hidden cell's
 * least and greatest value given everything published), and while a cell is too narrow the nearest published cell
 * tied to it (through equations of hidden cells) is hidden too, and everything is checked again. The test suite
 * audits the published report with its own model of the tables (tests/helpers/cellAudit.ts).
 */
import { LpRanges } from './lp';

export interface Equation {
  /** Index of the total cell. */
  total: number;
  /** Indices of the cells that add up to it. */
  parts: readonly number[];
}

/** 'shown': published; 'small': a count under the limit; 'hidden': hidden so that no small count can be worked out. */
export type CellMark = 'shown' | 'small' | 'hidden';

interface Range {
  lo: number;
  hi: number;
}

/**
 * `limit`: counts under it are small. `oneMark`: every hidden cell is shown with the same mark, so a reader knows
 * only that it is 0 or more (the fallback for reports so small that "<5" and ".." would give figures away).
 */
export interface Rules {
  limit: number;
  oneMark: boolean;
}

/** What a reader knows of a hidden cell from its mark alone. */
export function markBounds(mark: CellMark, value: number, rules: Rules): Range {
  if (mark === 'shown') return { lo: value, hi: value };
  if (rules.oneMark) return { lo: 0, hi: Infinity };
  return mark === 'small' ? { lo: 0, hi: rules.limit - 1 } : { lo: rules.limit, hi: Infinity };
}

/** Does a hidden cell's possible range say no more than its mark? A small one reaches 0 and limit − 1; others span as much. */
function wideEnough(mark: CellMark, lo: number, hi: number, limit: number): boolean {
  const eps = 1e-6;
  return mark === 'small' ? lo <= eps && hi >= limit - 1 - eps : hi - lo >= limit - 1 - eps;
}

/** Signed members of an equation: parts +1, the total −1 (so that the signed sum is zero). */
function members(eq: Equation): Array<[number, 1 | -1]> {
  return [...eq.parts.map((p): [number, 1 | -1] => [p, 1]), [eq.total, -1]];
}

/**
 * Is every hidden member of one equation free to take all the values its mark allows, given the published members
 * and the others' bounds? (Exact for the equation alone.)
 */
export function equationHolds(eq: Equation, values: readonly number[], marks: readonly CellMark[], rules: Rules): boolean {
  const signed = members(eq);
  let known = 0;
  const hidden: Array<{ sign: 1 | -1; mark: CellMark; range: Range }> = [];
  for (const [i, sign] of signed) {
    if (marks[i] === 'shown') known += sign * values[i]!;
    else hidden.push({ sign, mark: marks[i]!, range: markBounds(marks[i]!, values[i]!, rules) });
  }
  if (hidden.length === 0) return true;
  for (const [k, h] of hidden.entries()) {
    // The others' signed contribution at its least and most (infinite when an unbounded cell can absorb anything).
    let restLo = 0;
    let restHi = 0;
    for (const [j, o] of hidden.entries()) {
      if (j === k) continue;
      restLo += o.sign > 0 ? o.range.lo : -o.range.hi;
      restHi += o.sign > 0 ? o.range.hi : -o.range.lo;
    }
    // sign · x = −known − others
    const signedLo = -known - restHi;
    const signedHi = -known - restLo;
    const lo = Math.max(h.range.lo, h.sign > 0 ? signedLo : -signedHi);
    const hi = Math.min(h.range.hi, h.sign > 0 ? signedHi : -signedLo);
    if (!wideEnough(h.mark, lo, hi, rules.limit)) return false;
  }
  return true;
}

/**
 * The published member to hide so that the equation holds: the smallest that mends it alone, else the largest;
 * cells that are the total of fewer equations first (a table's inner cells before its margins, so that totals such
 * as the participants by gender stay shown).
 */
function mendingMember(eq: Equation, values: readonly number[], marks: CellMark[], rules: Rules, totals: readonly number[]): number | null {
  const shown = members(eq)
    .filter(([i]) => marks[i] === 'shown')
    .map(([i]) => i);
  if (shown.length === 0) return null;
  const rank = (i: number) => totals[i]! + Number(i === eq.total);
  const order = [...shown].sort((a, b) => rank(a) - rank(b) || values[a]! - values[b]!);
  for (const i of order) {
    marks[i] = 'hidden';
    const holds = equationHolds(eq, values, marks, rules);
    marks[i] = 'shown';
    if (holds) return i;
  }
  const least = order.filter((i) => rank(i) === rank(order[0]!));
  return least[least.length - 1]!;
}

/**
 * Marks every cell (each a count of people): counts under `limit` are 'small', and further cells are 'hidden' until
 * no hidden cell can be narrowed below what its mark says. When even hiding everything tied to a cell cannot do that
 * (a report about a handful of people, where "<5" and ".." themselves bound the totals), the cells are marked again
 * under `oneMark` rules and every hidden cell is returned as 'hidden' (one mark, saying nothing of its size).
 */
export function suppressCells(values: readonly number[], equations: readonly Equation[], limit: number): CellMark[] {
  const marks = protect(values, equations, { limit, oneMark: false });
  if (marks) return marks;
  const plain = protect(values, equations, { limit, oneMark: true })!;
  return plain.map((m) => (m === 'shown' ? m : 'hidden'));
}

/** The marks under the rules, or null when some cell stays too narrow with nothing left to hide. */
function protect(values: readonly number[], equations: readonly Equation[], rules: Rules): CellMark[] | null {
  const marks: CellMark[] = values.map((v) => (v < rules.limit ? 'small' : 'shown'));
  const byCell = equationsByCell(values.length, equations);
  const totals = values.map(() => 0);
  for (const eq of equations) totals[eq.total]!++;
  for (;;) {
    mendEquations(values, equations, marks, rules, totals);
    const narrow = narrowCells(values, equations, marks, rules);
    if (narrow.length === 0) return marks;
    const next = nearestShown(narrow[0]!, { values, equations, byCell, totals }, marks, rules.limit);
    if (next === null) return rules.oneMark ? marks : null;
    marks[next] = 'hidden';
  }
}

function mendEquations(
  values: readonly number[],
  equations: readonly Equation[],
  marks: CellMark[],
  rules: Rules,
  totals: readonly number[],
): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const eq of equations) {
      while (!equationHolds(eq, values, marks, rules)) {
        const i = mendingMember(eq, values, marks, rules, totals);
        if (i === null) break;
        marks[i] = 'hidden';
        changed = true;
      }
    }
  }
}

function equationsByCell(n: number, equations: readonly Equation[]): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  equations.forEach((eq, e) => {
    for (const [i] of members(eq)) out[i]!.push(e);
  });
  return out;
}

/** Hidden cells whose least or greatest possible value, given everything published, is narrower than their mark says. */
export function narrowCells(values: readonly number[], equations: readonly Equation[], marks: readonly CellMark[], rules: Rules): number[] {
  const variable = new Map<number, number>();
  const lower: number[] = [];
  const upper: number[] = [];
  marks.forEach((m, i) => {
    if (m === 'shown') return;
    variable.set(i, lower.length);
    const b = markBounds(m, values[i]!, rules);
    lower.push(b.lo);
    upper.push(b.hi);
  });
  if (lower.length === 0) return [];
  const rows = [];
  for (const eq of equations) {
    const terms: Array<[number, number]> = [];
    let rhs = 0;
    for (const [i, sign] of members(eq)) {
      const j = variable.get(i);
      if (j === undefined) rhs -= sign * values[i]!;
      else terms.push([j, sign]);
    }
    if (terms.length) rows.push({ terms, rhs });
  }
  const lp = new LpRanges({ lower, upper, rows });
  if (!lp.feasible) return [];
  // Small cells first together: the least (then greatest) sum of those not yet seen at 0 (at limit − 1), again while
  // that brings new ones; one solution usually shows many cells at their ends.
  const small = [...variable].filter(([i]) => marks[i] === 'small').map(([, j]) => j);
  for (const [sign, done] of [
    [1, (j: number) => lp.seenMin[j]! <= 1e-6],
    [-1, (j: number) => lp.seenMax[j]! >= rules.limit - 1 - 1e-6],
  ] as const) {
    for (let open = small.filter((j) => !done(j)), before = Infinity; open.length && open.length < before;) {
      lp.optimise(open, sign);
      before = open.length;
      open = open.filter((j) => !done(j));
    }
  }
  const narrow: number[] = [];
  for (const [i, j] of variable) {
    const wide = () => wideEnough(marks[i]!, lp.seenMin[j]!, lp.seenMax[j]!, rules.limit);
    if (!wide() && lp.seenMax[j]! < upper[j]!) lp.max(j);
    if (!wide() && lp.seenMin[j]! > lower[j]!) lp.min(j);
    if (!wide()) narrow.push(i);
  }
  return narrow;
}

/**
 * The published cell to hide for a cell that is still too narrow: found through the equations of hidden cells, the
 * nearest first; among those, a cell that is no total with room to give (2 × limit or more), the smallest; else the
 * largest of those that are the total of the fewest equations.
 */
function nearestShown(
  cell: number,
  {
    values,
    equations,
    byCell,
    totals,
  }: { values: readonly number[]; equations: readonly Equation[]; byCell: readonly number[][]; totals: readonly number[] },
  marks: readonly CellMark[],
  limit: number,
): number | null {
  const seen = new Set([cell]);
  let frontier = [cell];
  while (frontier.length) {
    const found = new Set<number>();
    const next: number[] = [];
    for (const c of frontier) {
      for (const e of byCell[c]!) {
        for (const [i] of members(equations[e]!)) {
          if (seen.has(i)) continue;
          seen.add(i);
          if (marks[i] === 'shown') found.add(i);
          else next.push(i);
        }
      }
    }
    if (found.size) {
      const list = [...found].sort((a, b) => totals[a]! - totals[b]! || values[a]! - values[b]!);
      const roomy = list.filter((i) => totals[i] === 0 && values[i]! >= 2 * limit);
      const least = list.filter((i) => totals[i] === totals[list[0]!]);
      return roomy[0] ?? least[least.length - 1]!;
    }
    frontier = next;
  }
  return null;
}

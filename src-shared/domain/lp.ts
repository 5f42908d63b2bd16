/**
 * A small linear-programming solver for the audit of hidden report cells (issue 14): bounded-variable primal simplex
 * (dense tableau, Bland's rule, two phases). Variables have a finite lower bound and a finite or infinite upper
 * bound; constraints are equalities `Σ a·x = b`. `LpRanges` gives a variable's least and greatest value over the
 * feasible set, and remembers the least and greatest value every variable took in the solutions found on the way,
 * so that a caller needing only "can it reach 0 and 4?" solves few programmes.
 */

const EPS = 1e-9;

export interface LpProblem {
  lower: number[];
  upper: number[];
  /** Sparse rows: [variable index, coefficient] pairs, and the right-hand side. */
  rows: Array<{ terms: Array<[number, number]>; rhs: number }>;
}

interface State {
  /** m × total tableau: B⁻¹A over the structural and artificial columns. */
  tab: Float64Array[];
  basis: number[];
  /** Current value of every variable. */
  x: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  total: number;
}

function clone(s: State): State {
  return { ...s, tab: s.tab.map((r) => r.slice()), basis: [...s.basis], x: s.x.slice(), upper: s.upper.slice() };
}

/** Minimises c·x from a feasible basis; returns the optimum (−Infinity when unbounded below). */
function simplex(s: State, cost: Float64Array): number {
  const m = s.tab.length;
  const basic = new Uint8Array(s.total);
  for (const b of s.basis) basic[b] = 1;
  // Reduced costs d = c − c_B·B⁻¹A, kept up to date at each pivot.
  const d = cost.slice();
  for (let i = 0; i < m; i++) {
    const cb = cost[s.basis[i]!]!;
    if (cb === 0) continue;
    const row = s.tab[i]!;
    for (let j = 0; j < s.total; j++) d[j] = d[j]! - cb * row[j]!;
  }
  for (let iter = 0; iter < 50_000; iter++) {
    let entering = -1;
    let dir = 0;
    for (let j = 0; j < s.total; j++) {
      if (basic[j]) continue;
      const dj = d[j]!;
      if (dj < -EPS && s.x[j]! < s.upper[j]! - EPS) {
        entering = j;
        dir = 1;
        break;
      }
      if (dj > EPS && s.x[j]! > s.lower[j]! + EPS) {
        entering = j;
        dir = -1;
        break;
      }
    }
    if (entering < 0) break;
    // Ratio test: the entering variable moves by θ in `dir`; basic i changes by −dir·θ·tab[i][entering].
    let theta = s.upper[entering]! - s.lower[entering]!;
    let leave = -1;
    for (let i = 0; i < m; i++) {
      const alpha = dir * s.tab[i]![entering]!;
      const b = s.basis[i]!;
      let limit = Infinity;
      if (alpha > EPS) limit = (s.x[b]! - s.lower[b]!) / alpha;
      else if (alpha < -EPS) limit = (s.upper[b]! - s.x[b]!) / -alpha;
      if (limit < theta - EPS || (limit <= theta + EPS && leave >= 0 && b < s.basis[leave]!)) {
        theta = Math.max(0, limit);
        leave = i;
      }
    }
    if (theta === Infinity) return -Infinity;
    s.x[entering] = s.x[entering]! + dir * theta;
    for (let i = 0; i < m; i++) {
      const b = s.basis[i]!;
      s.x[b] = s.x[b]! - dir * theta * s.tab[i]![entering]!;
    }
    if (leave < 0) continue; // a bound flip
    const row = s.tab[leave]!;
    const pivot = row[entering]!;
    for (let j = 0; j < s.total; j++) row[j] = row[j]! / pivot;
    for (let i = 0; i < m; i++) {
      if (i === leave) continue;
      const f = s.tab[i]![entering]!;
      if (f === 0) continue;
      const r = s.tab[i]!;
      for (let j = 0; j < s.total; j++) if (row[j] !== 0) r[j] = r[j]! - f * row[j]!;
    }
    const fd = d[entering]!;
    for (let j = 0; j < s.total; j++) if (row[j] !== 0) d[j] = d[j]! - fd * row[j]!;
    basic[s.basis[leave]!] = 0;
    basic[entering] = 1;
    s.basis[leave] = entering;
  }
  let value = 0;
  for (let j = 0; j < s.total; j++) value += cost[j]! * s.x[j]!;
  return value;
}

/** A feasible starting state (phase 1), or null when the constraints cannot hold. */
function feasible(p: LpProblem): State | null {
  const n = p.lower.length;
  const m = p.rows.length;
  const total = n + m;
  const x = new Float64Array(total);
  const lower = new Float64Array(total);
  const upper = new Float64Array(total).fill(Infinity);
  for (let j = 0; j < n; j++) {
    lower[j] = p.lower[j]!;
    upper[j] = p.upper[j]!;
    x[j] = p.lower[j]!;
  }
  const tab: Float64Array[] = [];
  const basis: number[] = [];
  p.rows.forEach((r, i) => {
    const row = new Float64Array(total);
    let residual = r.rhs;
    for (const [j, a] of r.terms) {
      row[j] = row[j]! + a;
      residual -= a * x[j]!;
    }
    const sign = residual < 0 ? -1 : 1;
    for (let j = 0; j < n; j++) row[j] = row[j]! * sign;
    row[n + i] = 1;
    x[n + i] = Math.abs(residual);
    tab.push(row);
    basis.push(n + i);
  });
  const s: State = { tab, basis, x, lower, upper, total };
  const cost = new Float64Array(total);
  for (let i = 0; i < m; i++) cost[n + i] = 1;
  if (simplex(s, cost) > 1e-6) return null;
  // Artificials stay at zero from now on.
  for (let i = 0; i < m; i++) s.upper[n + i] = 0;
  return s;
}

export class LpRanges {
  private readonly start: State | null;
  /** The least and greatest value each variable took in a solution found so far. */
  readonly seenMin: Float64Array;
  readonly seenMax: Float64Array;

  constructor(private readonly problem: LpProblem) {
    this.start = feasible(problem);
    const n = problem.lower.length;
    this.seenMin = new Float64Array(n).fill(Infinity);
    this.seenMax = new Float64Array(n).fill(-Infinity);
    if (this.start) this.see(this.start);
  }

  get feasible(): boolean {
    return this.start !== null;
  }

  private see(s: State): void {
    for (let j = 0; j < this.seenMin.length; j++) {
      this.seenMin[j] = Math.min(this.seenMin[j]!, s.x[j]!);
      this.seenMax[j] = Math.max(this.seenMax[j]!, s.x[j]!);
    }
  }

  /** The least (sign 1) or greatest (sign −1) value of the sum of the given variables. */
  optimise(js: readonly number[], sign: 1 | -1): number {
    const s = clone(this.start!);
    const cost = new Float64Array(s.total);
    for (const j of js) cost[j] = sign;
    const value = sign * simplex(s, cost);
    this.see(s);
    return value;
  }

  min(j: number): number {
    return this.optimise([j], 1);
  }

  /** Infinity when unbounded above. */
  max(j: number): number {
    return this.optimise([j], -1);
  }
}

/** The least and greatest value of the given variables (all by default); null when the constraints cannot hold. */
export function ranges(p: LpProblem, which: readonly number[] = p.lower.map((_, i) => i)): Array<[number, number]> | null {
  const lp = new LpRanges(p);
  if (!lp.feasible) return null;
  return which.map((j) => [lp.min(j), lp.max(j)]);
}

import { HIDDEN, SMALL_CELL_LIMIT, SUPPRESSED } from '@shared/api/reports';
import type { ReportCell, ReportColumn, ReportTable, ReportTableId } from '@shared/api/reports';
import { GENDERS } from '@shared/domain/person';
import { suppressCells } from '@shared/domain/suppression';
import type { CellMark, Equation } from '@shared/domain/suppression';

/**
 * The version of the report that leaves the office (issue 14): every figure about people is a count (or follows one:
 * hours and hours per participant of the same row), and the counts are tied by totals across tables:
 *
 *   participants (summary) = Σ participants by gender                     (also hoursByGender, actualHoursByGender)
 *   in every breakdown table (age band, education, employment, foreign background, third country, disability, county):
 *     row total = Σ its genders;  each gender = Σ its column;  participants = Σ row totals
 *
 * Counts under 5 are shown as "<5", and further counts as ".." until none can be worked out from the totals
 * (src-shared/domain/suppression.ts); a row's hours follow its count. Counts with no total (participants by activity
 * type or provider, which count a person in each type they take, and adapted participants) are only hidden when small.
 * So are the ESF+ results (results.ts): each result is a part of its table's total (participants who left, or were
 * followed up) but the rows are no partition, so the only tie is 0 ≤ result ≤ total. That bound cannot narrow a "<5":
 * a shown total is 5 or more, and a small total leaves its small results 0–4 (up to the total's own 4); so no equation
 * is needed, and the audit (tests/helpers/cellAudit.ts) checks the bound with everything else.
 * Figures about companies and activities are shown as they are.
 */

/** Breakdown tables and the column that holds each row's total. */
const BREAKDOWNS: ReadonlyMap<ReportTableId, ReportColumn> = new Map<ReportTableId, ReportColumn>([
  ['participantsByAgeBand', 'total'],
  ['participantsByEducation', 'total'],
  ['participantsByEmployment', 'total'],
  ['participantsByForeignBackground', 'total'],
  ['participantsByThirdCountry', 'total'],
  ['participantsByDisability', 'total'],
  ['byCounty', 'participants'],
]);

const GRAND = 'participants';
/** Columns that count people, wherever they occur. */
const PEOPLE_COLUMNS: ReadonlySet<ReportColumn> = new Set<ReportColumn>(['participants', 'total', ...GENDERS]);
const genderVar = (g: string) => (g === 'total' ? GRAND : `gender:${g}`);

/** What a cell is to the suppression: a count (named variable), a figure following a count, or neither. */
type Role = { count: string } | { follows: string } | null;

function roleOf(table: ReportTable, rowKey: string, column: ReportColumn): Role {
  const rowTotal = BREAKDOWNS.get(table.id);
  if (rowTotal !== undefined) {
    if (column === rowTotal) return { count: `${table.id}:${rowKey}:total` };
    if ((GENDERS as readonly string[]).includes(column)) return { count: `${table.id}:${rowKey}:${column}` };
    return null;
  }
  switch (table.id) {
    case 'summary':
      if (rowKey === 'participants') return { count: GRAND };
      return rowKey === 'participantHours' ? { follows: GRAND } : null;
    case 'participantsByGender':
      return { count: genderVar(rowKey) };
    case 'hoursByGender':
    case 'actualHoursByGender':
      return column === 'participants' ? { count: genderVar(rowKey) } : { follows: genderVar(rowKey) };
    case 'activitiesByType':
    case 'activitiesByProviderKind':
      return column === 'participants' ? { count: `${table.id}:${rowKey}` } : null;
    case 'accessibility':
      return rowKey === 'adaptedParticipants' ? { count: 'adaptedParticipants' } : null;
    case 'resultsAtExit':
    case 'resultsAfterSixMonths':
      return { count: `${table.id}:${rowKey}` };
    default:
      // A table added later without its totals described here: its counts of people are at least hidden when small.
      return PEOPLE_COLUMNS.has(column) ? { count: `${table.id}:${rowKey}:${column}` } : null;
  }
}

/** The counts' variables and the equations tying them. */
class CountModel {
  readonly index = new Map<string, number>();
  readonly values: number[] = [];
  readonly equations: Equation[] = [];

  variable(name: string, value: number): number {
    let i = this.index.get(name);
    if (i === undefined) {
      this.index.set(name, (i = this.values.length));
      this.values.push(value);
    }
    return i;
  }

  equation(total: string, parts: readonly string[]): void {
    const t = this.index.get(total);
    const ps = parts.map((p) => this.index.get(p));
    if (t === undefined || ps.some((p) => p === undefined)) return;
    this.equations.push({ total: t, parts: ps as number[] });
  }
}

function countModel(tables: readonly ReportTable[]): CountModel {
  const model = new CountModel();
  for (const table of tables) {
    for (const row of table.rows) {
      table.columns.forEach((column, i) => {
        const role = roleOf(table, row.key, column);
        const v = row.cells[i];
        if (role && 'count' in role && typeof v === 'number') model.variable(role.count, v);
      });
    }
  }
  model.equation(GRAND, GENDERS.map(genderVar));
  for (const table of tables) {
    if (!BREAKDOWNS.has(table.id)) continue;
    const keys = table.rows.map((r) => r.key);
    for (const k of keys)
      model.equation(
        `${table.id}:${k}:total`,
        GENDERS.map((g) => `${table.id}:${k}:${g}`),
      );
    for (const g of GENDERS)
      model.equation(
        genderVar(g),
        keys.map((k) => `${table.id}:${k}:${g}`),
      );
    model.equation(
      GRAND,
      keys.map((k) => `${table.id}:${k}:total`),
    );
  }
  return model;
}

const SHOWN_AS: Record<Exclude<CellMark, 'shown'>, ReportCell> = { small: SUPPRESSED, hidden: HIDDEN };

/** The tables as they may leave the office: small counts "<5", the counts hidden to protect them "..". */
export function suppressTables(tables: readonly ReportTable[]): ReportTable[] {
  const model = countModel(tables);
  const marks = suppressCells(model.values, model.equations, SMALL_CELL_LIMIT);
  const markOf = (name: string): CellMark => {
    const i = model.index.get(name);
    return i === undefined ? 'shown' : marks[i]!;
  };
  return tables.map((table) => ({
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, i) => {
        const role = roleOf(table, row.key, table.columns[i]!);
        if (!role) return cell;
        const mark = markOf('count' in role ? role.count : role.follows);
        return mark === 'shown' ? cell : SHOWN_AS[mark];
      }),
    })),
  }));
}

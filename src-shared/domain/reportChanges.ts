import type { ReportCell, ReportColumn, ReportTable, ReportTableId, RowKind } from '../api/reports';

/** One figure that differs between a report as sent and the same report today (a missing row counts as null). */
export interface FigureChange {
  tableId: ReportTableId;
  rowKind: RowKind;
  rowKey: string;
  /** The row's label where the report carries one (company rows). */
  rowLabel: string | null;
  column: ReportColumn;
  sent: ReportCell;
  now: ReportCell;
}

function cellsByRow(table: ReportTable | undefined): Map<string, { label: string | null; cells: Map<ReportColumn, ReportCell> }> {
  const rows = new Map<string, { label: string | null; cells: Map<ReportColumn, ReportCell> }>();
  for (const r of table?.rows ?? []) {
    rows.set(r.key, { label: r.label, cells: new Map(table!.columns.map((c, i) => [c, r.cells[i] ?? null])) });
  }
  return rows;
}

/**
 * Every figure of the sent report that reads differently today, and every figure today that the sent report lacks,
 * in the sent report's order (tables, rows, columns), then what is new today.
 */
export function reportChanges(sent: readonly ReportTable[], now: readonly ReportTable[]): FigureChange[] {
  const changes: FigureChange[] = [];
  const ids = [...new Set([...sent.map((t) => t.id), ...now.map((t) => t.id)])];
  for (const tableId of ids) {
    const a = sent.find((t) => t.id === tableId);
    const b = now.find((t) => t.id === tableId);
    const before = cellsByRow(a);
    const after = cellsByRow(b);
    const columns = [...new Set([...(a?.columns ?? []), ...(b?.columns ?? [])])];
    const rowKind = (a ?? b)!.rowKind;
    for (const rowKey of new Set([...before.keys(), ...after.keys()])) {
      const x = before.get(rowKey);
      const y = after.get(rowKey);
      for (const column of columns) {
        const s = x?.cells.get(column) ?? null;
        const n = y?.cells.get(column) ?? null;
        if (s !== n) changes.push({ tableId, rowKind, rowKey, rowLabel: x?.label ?? y?.label ?? null, column, sent: s, now: n });
      }
    }
  }
  return changes;
}

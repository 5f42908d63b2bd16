import { SMALL_CELL_LIMIT, SUPPRESSED } from '@shared/api/reports';
import type { ReportCell, ReportColumn, ReportRow, ReportTable, ReportTableId, RowKind } from '@shared/api/reports';

/** The pieces every report table is made of, and the one small-cell rule (see tables.ts). */

export const oneDecimal = (n: number) => Math.round(n * 10) / 10;
export const twoDecimals = (n: number) => Math.round(n * 100) / 100;

export class Cells {
  constructor(private readonly external: boolean) {}
  /** A count of people, or a figure computed from `basis` people: hidden in external reports when too few. */
  people(value: number | null, basis: number = value ?? 0): ReportCell {
    if (this.external && basis < SMALL_CELL_LIMIT) return SUPPRESSED;
    return value;
  }
}

export function table(id: ReportTableId, rowKind: RowKind, columns: ReportColumn[], rows: ReportRow[]): ReportTable {
  return { id, rowKind, columns, rows };
}

export const row = (key: string, cells: ReportCell[], label: string | null = null): ReportRow => ({ key, label, cells });

import type { ReportCell, ReportColumn, ReportRow, ReportTable, ReportTableId, RowKind } from '@shared/api/reports';

/** The pieces every report table is made of (tables are built with every figure; suppress.ts hides for outside readers). */

export const oneDecimal = (n: number) => Math.round(n * 10) / 10;
export const twoDecimals = (n: number) => Math.round(n * 100) / 100;

export function table(id: ReportTableId, rowKind: RowKind, columns: ReportColumn[], rows: ReportRow[]): ReportTable {
  return { id, rowKind, columns, rows };
}

export const row = (key: string, cells: ReportCell[], label: string | null = null): ReportRow => ({ key, label, cells });

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFrame, useNumber } from '../../charts/ChartFrame';
import type { ChartRow } from '../../charts/ChartFrame';
import { SERIES } from '../../charts/palette';
import { tx } from '../../lib/errors';
import { municipalityByCode } from '@shared/domain/municipalities';
import { reportRowLabel } from '@shared/api/reports';
import type { ReportCell, ReportColumn, ReportTable, Translate } from '@shared/api/reports';

export function useReportLabels(): { translate: Translate; rowLabel: (table: ReportTable, row: ReportTable['rows'][number]) => string } {
  const { t } = useTranslation();
  const translate: Translate = (key, options) => tx(t, key, options ?? {});
  return { translate, rowLabel: (table, row) => reportRowLabel(translate, table.rowKind, row, (code) => municipalityByCode(code)?.name) };
}

/**
 * One report table as an accessible HTML table; hidden cells ("<5", "..") are shown as they are. `mark` adds to a cell
 * (a submitted report marks a changed figure with today's).
 */
export function ReportTableView({ table, mark }: { table: ReportTable; mark?: (rowKey: string, column: ReportColumn) => ReactNode }) {
  const { t } = useTranslation();
  const { translate, rowLabel } = useReportLabels();
  const num = useNumber();
  const title = translate(`reports.tables.${table.id}`);
  // Each distinct figure formatted once: the per-company tables repeat few values over thousands of cells, and a
  // number format is costly to make (the report over 5,000 companies spent 350 ms making 15,000 of them).
  const formatted = new Map<number, string>();
  const cell = (c: ReportCell) => {
    if (typeof c !== 'number') return c ?? '–';
    let text = formatted.get(c);
    if (text === undefined) formatted.set(c, (text = num(c)));
    return text;
  };
  return (
    <div className="vk-chart-scroll" tabIndex={0} role="region" aria-label={title} data-report-table={table.id}>
      <table className="vk-chart-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowKind === 'company' ? t('reports.table.company') : t('reports.table.category')}</th>
            {table.columns.map((c) => (
              <th scope="col" key={c}>
                {translate(`reports.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length + 1} style={{ textAlign: 'left' }}>
                <Text size="sm" c="dimmed">
                  {t('reports.table.empty')}
                </Text>
              </td>
            </tr>
          )}
          {table.rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row">{rowLabel(table, r)}</th>
              {r.cells.map((c, i) => (
                <td key={i} data-value={c ?? ''}>
                  {cell(c)}
                  {mark?.(r.key, table.columns[i]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A bar chart of one column of a report table, with the whole table as its alternative. Hidden cells are not drawn. */
export function ReportBarChart({ name, title, table, column }: { name: string; title: string; table: ReportTable; column: number }) {
  const { t } = useTranslation();
  const { translate, rowLabel } = useReportLabels();
  // Axis, bar labels and tooltip in the language's own numbers (decimal comma in Swedish).
  const num = useNumber();
  const format = (v: unknown) => (typeof v === 'number' ? num(v) : String(v ?? ''));
  const series = translate(`reports.columns.${table.columns[column]!}`);
  const rows: ChartRow[] = table.rows.map((r) => {
    const v = r.cells[column];
    return { id: r.key, label: rowLabel(table, r), values: [typeof v === 'number' ? v : null] };
  });
  const suppressed = table.rows.some((r) => typeof r.cells[column] === 'string');
  const data = rows.map((r) => ({ label: r.label, value: r.values[0] }));
  const empty = rows.every((r) => r.values[0] === null || r.values[0] === 0);
  return (
    <ChartFrame
      name={name}
      title={title}
      description={suppressed ? t('reports.chart.suppressedNote') : undefined}
      rowHeader={t('reports.table.category')}
      columns={[series]}
      rows={rows}
      empty={empty && !suppressed}
      emptyText={t('reports.table.empty')}
      table={<ReportTableView table={table} />}
    >
      <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 34 + 40)}>
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals tick={{ fontSize: 11 }} tickFormatter={format} />
          <YAxis type="category" dataKey="label" width={170} interval={0} tick={{ fontSize: 11 }} />
          <Tooltip isAnimationActive={false} formatter={format} />
          <Bar dataKey="value" name={series} fill={SERIES.current} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" fontSize={11} formatter={format} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

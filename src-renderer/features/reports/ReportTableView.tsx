import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFrame, useNumber } from '../../charts/ChartFrame';
import type { ChartRow } from '../../charts/ChartFrame';
import { tx } from '../../lib/errors';
import { municipalityByCode } from '@shared/domain/municipalities';
import { reportRowLabel } from '@shared/api/reports';
import type { ReportCell, ReportColumn, ReportTable, Translate } from '@shared/api/reports';

export function useReportLabels(): { translate: Translate; rowLabel: (table: ReportTable, row: ReportTable['rows'][number]) => string } {
  const { t } = useTranslation();
  const translate: Translate = (key, options) => tx(t, key, options ?? {});
  return { translate, rowLabel: (table, row) => reportRowLabel(translate, table.rowKind, row, (code) => municipalityByCode(code)?.name) };
}

/** The bars themselves (recharts, the charts chunk): fetched when a chart first comes near the window. */
const ReportBarDrawing = lazy(() => import('./ReportBarDrawing').then((m) => ({ default: m.ReportBarDrawing })));

/** Rows drawn at first in a long table (the per-company ones run to thousands); the rest on "show all". */
export const FIRST_ROWS = 50;

/**
 * One report table as an accessible HTML table; hidden cells ("<5", "..") are shown as they are. `mark` adds to a cell
 * (a submitted report marks a changed figure with today's). A long table shows its first FIRST_ROWS rows and a button
 * for all of them (the exports always hold every row).
 */
export function ReportTableView({ table, mark }: { table: ReportTable; mark?: (rowKey: string, column: ReportColumn) => ReactNode }) {
  const { t } = useTranslation();
  const { translate, rowLabel } = useReportLabels();
  const num = useNumber();
  const [all, setAll] = useState(false);
  const rows = all ? table.rows : table.rows.slice(0, FIRST_ROWS);
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
          {rows.map((r) => (
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
      {rows.length < table.rows.length && (
        <Button variant="subtle" size="xs" mt={4} onClick={() => setAll(true)} data-testid={`report-show-all-${table.id}`}>
          {t('reports.table.showAll', { shown: rows.length, total: table.rows.length })}
        </Button>
      )}
    </div>
  );
}

/**
 * A chart's drawing once it comes near the window (or the page is idle): the tables show first, and a drawing
 * nobody scrolls to costs nothing until then. The figure around it (title, caption, table alternative) is there at once.
 */
function WhenNear({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const box = ref.current;
    if (near || !box) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '200px',
    });
    observer.observe(box);
    const idle = window.requestIdleCallback(() => setNear(true), { timeout: 3000 });
    return () => {
      observer.disconnect();
      window.cancelIdleCallback(idle);
    };
  }, [near]);
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {near && children}
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
  const height = Math.max(140, rows.length * 34 + 40);
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
      <WhenNear height={height}>
        <Suspense fallback={null}>
          <ReportBarDrawing data={data} series={series} height={height} format={format} />
        </Suspense>
      </WhenNear>
    </ChartFrame>
  );
}

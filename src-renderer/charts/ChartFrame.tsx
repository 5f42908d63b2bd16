import { useId, useState, type ReactNode } from 'react';
import { Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../lib/format';
import './charts.css';

/** One row of a chart's data: the chart draws it and the table alternative lists it, so the numbers are the same. */
export interface ChartRow {
  id: string;
  label: string;
  values: Array<number | null>;
}

/** The charts' one number format (lib/format.ts formatDecimal): "3,5" in Swedish, "3.5" in English, "–" for none. */
export function useNumber(): (n: number | null) => string {
  const { i18n } = useTranslation();
  return (n) => formatDecimal(i18n.language, n);
}

/** Ticks and tooltips of recharts in the same format: numbers formatted, anything else as is. */
export function useChartFormat() {
  const num = useNumber();
  const value = (v: unknown) => (typeof v === 'number' ? num(v) : String(v ?? ''));
  return { tick: value, tooltip: (v: unknown) => value(Array.isArray(v) ? v[0] : v) };
}

/** The table alternative of a chart: first column the row label, then one column per series. */
interface ChartTableProps {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: ChartRow[];
}

export function ChartTable({ caption, rowHeader, columns, rows }: ChartTableProps) {
  const num = useNumber();
  return (
    <div className="vk-chart-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="vk-chart-table" data-chart-table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-row-id={r.id}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={i} data-value={v ?? ''}>
                  {num(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ChartFrameProps {
  /** Machine name for tests and print: data-chart. */
  name: string;
  title: string;
  description?: string;
  rowHeader: string;
  columns: string[];
  rows: ChartRow[];
  /** Filters or view switches shown above the chart (hidden in print). */
  controls?: ReactNode;
  /** The drawing; shown unless the table alternative is chosen. */
  children: ReactNode;
  /** Replaces the generic table alternative (the heatmap's plain matrix). */
  table?: ReactNode;
  empty?: boolean;
  /** Shown instead of the generic "nothing rated" when empty. */
  emptyText?: string;
  /** The drawing has its own controls (the heatmap): not wrapped as one image. */
  interactive?: boolean;
}

/**
 * The frame every chart shares: a translated title, a "Show as table" switch, and the same numbers as data
 * attributes (data-values) for tests and as an accessible table.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { name, title, description, rowHeader, columns, rows, controls, children, table, empty, emptyText, interactive } = props;
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <figure
      className="vk-chart"
      aria-labelledby={titleId}
      data-chart={name}
      data-view={asTable ? 'table' : 'chart'}
      data-values={JSON.stringify(rows.map((r) => ({ id: r.id, values: r.values })))}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Stack gap={2} style={{ flex: '1 1 16rem' }}>
            <Title order={3} size="h5" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {!empty && (
            <Switch
              className="vk-chart-toggle"
              label={t('gaps.chart.showTable')}
              checked={asTable}
              onChange={(e) => setAsTable(e.currentTarget.checked)}
              data-testid={`${name}-table-toggle`}
            />
          )}
        </Group>
        {controls && <div className="vk-no-print">{controls}</div>}
        {empty ? (
          <Text size="sm" c="dimmed">
            {emptyText ?? t('gaps.chart.noData')}
          </Text>
        ) : asTable ? (
          (table ?? <ChartTable caption={title} rowHeader={rowHeader} columns={columns} rows={rows} />)
        ) : (
          <div role={interactive ? undefined : 'img'} aria-label={interactive ? undefined : title} data-chart-drawing>
            {children}
          </div>
        )}
      </Stack>
    </figure>
  );
}

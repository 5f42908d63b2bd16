import { Alert, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportCell, ReportTable } from '@shared/api/reports';
import type { SubmittedComparison } from '@shared/api/submitted';
import type { FigureChange } from '@shared/domain/reportChanges';
import { useNumber } from '../../charts/ChartFrame';
import { useFormat } from '../../lib/format';
import { ReportTableView, useReportLabels } from './ReportTableView';

const changeKey = (tableId: string, rowKey: string, column: string) => `${tableId}\u0000${rowKey}\u0000${column}`;

const PATH_SEPARATOR = ' › ';

function useCell() {
  const num = useNumber();
  return (c: ReportCell) => (typeof c === 'number' ? num(c) : (c ?? '–'));
}

/** Every changed figure: where it is, as sent, today. */
function ChangesTable({ changes }: { changes: FigureChange[] }) {
  const { t } = useTranslation();
  const { translate, rowLabel } = useReportLabels();
  const cell = useCell();
  return (
    <div className="vk-chart-scroll" tabIndex={0} role="region" aria-label={t('submitted.view.changeTable')}>
      <table className="vk-chart-table" data-testid="submitted-changes">
        <caption>{t('submitted.view.changeTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('submitted.view.where')}</th>
            <th scope="col">{t('submitted.view.sent')}</th>
            <th scope="col">{t('submitted.view.today')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => {
            const where = [
              translate(`reports.tables.${c.tableId}`),
              rowLabel({ rowKind: c.rowKind } as ReportTable, { key: c.rowKey, label: c.rowLabel, cells: [] }),
              translate(`reports.columns.${c.column}`),
            ].join(PATH_SEPARATOR);
            return (
              <tr key={changeKey(c.tableId, c.rowKey, c.column)} data-change={changeKey(c.tableId, c.rowKey, c.column)}>
                <th scope="row">{where}</th>
                <td data-value={c.sent ?? ''}>{cell(c.sent)}</td>
                <td data-value={c.now ?? ''}>
                  <mark>{cell(c.now)}</mark>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A submitted report as it was sent, beside what the same report shows today (issue 14). */
export function SubmittedView({ comparison, onClose }: { comparison: SubmittedComparison | null; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const s = comparison?.submitted;
  const cell = useCell();
  const changed = new Map((comparison?.changes ?? []).map((c) => [changeKey(c.tableId, c.rowKey, c.column), c]));
  return (
    <Modal
      opened={comparison !== null}
      onClose={onClose}
      size="xl"
      title={s ? t('submitted.view.title', { from: fmt.date(s.filter.from), to: fmt.date(s.filter.to) }) : ''}
      closeButtonProps={{ 'aria-label': t('submitted.view.close') }}
    >
      {comparison && s && (
        <Stack gap="md" data-testid="submitted-view" data-changes={comparison.changes.length}>
          <Stack gap={2}>
            <Text size="sm">{t('submitted.view.sentAt', { at: fmt.dateTime(s.submittedAt), fileName: s.fileName })}</Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('submitted.view.sha', { sha: s.fileSha256 })}
            </Text>
          </Stack>
          {comparison.changes.length === 0 ? (
            <Alert color="green">{t('submitted.view.noChanges')}</Alert>
          ) : (
            <>
              <Title order={3} size="h5">
                {t('submitted.view.changes', { count: comparison.changes.length })}
              </Title>
              <ChangesTable changes={comparison.changes} />
            </>
          )}
          <Title order={3} size="h5">
            {t('submitted.view.sent')}
          </Title>
          {s.tables.map((table) => (
            <ReportTableView
              key={table.id}
              table={table}
              mark={(rowKey, column) => {
                const change = changed.get(changeKey(table.id, rowKey, column));
                return change && <mark data-changed="true">{` (${t('submitted.view.today')}: ${cell(change.now)})`}</mark>;
              }}
            />
          ))}
        </Stack>
      )}
    </Modal>
  );
}

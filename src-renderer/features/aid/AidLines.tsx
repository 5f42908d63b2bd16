import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { TableHead } from '../../lib/TableHead';
import type { AidLine } from '@shared/api/aid';
import { useMoney } from './money';

/** The grants behind the total, by date: the programme's advice and activity shares and the declared aid. */
export function AidLines({ lines }: { lines: AidLine[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  if (lines.length === 0) return <Text c="dimmed">{t('aid.section.linesEmpty')}</Text>;
  const what = (l: AidLine) => (l.source === 'advice' ? t('aid.line.adviceHours', { hours: fmt.number(l.hours ?? 0) }) : (l.title ?? ''));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4} data-testid="aid-lines">
        <caption>
          <VisuallyHidden>{t('aid.section.linesTitle')}</VisuallyHidden>
        </caption>
        <TableHead
          columns={[
            { label: t('aid.line.date') },
            { label: t('aid.line.source') },
            { label: t('aid.line.what') },
            { label: t('aid.line.amountSek'), numeric: true },
            { label: t('aid.line.amountEur'), numeric: true },
          ]}
        />
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={`${l.source}-${l.id}`} data-testid="aid-line" data-source={l.source}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(l.date)}</Table.Td>
              <Table.Td>{t(`aid.source.${l.source}`)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {what(l)}{' '}
                {l.upcoming && (
                  <Badge variant="outline" color="gray" size="sm">
                    {t('aid.line.upcoming')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(l.amountSek, 'SEK')}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(l.amountEur, 'EUR')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

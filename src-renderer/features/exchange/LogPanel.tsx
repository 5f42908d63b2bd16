import { useEffect, useState } from 'react';
import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useFormat } from '../../lib/format';
import type { ResultOf } from '@shared/api';

export function LogPanel({ version }: { version: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [entries, setEntries] = useState<ResultOf<'exchange.log'> | null>(null);

  useEffect(() => {
    invoke('exchange.log', {})
      .then(setEntries)
      .catch(() => setEntries([]));
  }, [version]);

  if (entries && entries.length === 0) return <Text c="dimmed">{t('exchange.log.empty')}</Text>;
  return (
    <Table striped data-testid="import-log" data-ready={entries ? 'true' : 'false'}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('exchange.log.when')}</Table.Th>
          <Table.Th>{t('exchange.log.who')}</Table.Th>
          <Table.Th>{t('exchange.log.from')}</Table.Th>
          <Table.Th>{t('exchange.log.counts')}</Table.Th>
          <Table.Th>{t('exchange.log.hash')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(entries ?? []).map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{fmt.dateTime(e.importedAt)}</Table.Td>
            <Table.Td>{e.advisor ?? t('exchange.import.unknown')}</Table.Td>
            <Table.Td>{e.sourceOffice ?? t('exchange.import.unknown')}</Table.Td>
            <Table.Td>{`${e.counts.companies.new} / ${e.counts.companies.updated} / ${e.counts.companies.deleted}`}</Table.Td>
            <Table.Td>
              <Code>{e.fileSha256.slice(0, 16)}</Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

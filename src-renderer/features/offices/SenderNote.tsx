import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileSender } from '@shared/api/offices';
import { Fingerprint } from './Fingerprint';

/** The mark beside the note: green for a known office, orange for an unknown one, red for a broken signature. */
const MARK = { valid: 'forest-8', unknown: 'orange-9', invalid: 'red-9', unsigned: 'gray-6' } as const;

/** Who sent a file and whether its signature matches an office of the address book, as the preview shows it. */
export function SenderNote({ sender }: { sender: FileSender }) {
  const { t } = useTranslation();
  const status = sender.signature === 'valid' && sender.officeId === null ? 'unknown' : sender.signature;
  const params = { name: sender.name || t('exchange.import.unknown') };
  return (
    <Paper
      withBorder
      p="sm"
      style={{ borderLeft: `6px solid var(--mantine-color-${MARK[status]})` }}
      role="status"
      data-testid="import-sender"
      data-status={status}
    >
      <Stack gap={6}>
        <Text fw={600}>{t('offices.sender.label')}</Text>
        <Text size="sm">{t(`offices.sender.${status}`, params)}</Text>
        {sender.fingerprint && <Fingerprint value={sender.fingerprint} size="sm" label={t('offices.own.fingerprint')} />}
      </Stack>
    </Paper>
  );
}

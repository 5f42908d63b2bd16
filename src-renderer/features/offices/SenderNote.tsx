import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileSender } from '@shared/api/offices';
import { Fingerprint } from './Fingerprint';

const COLOR = { valid: 'green', unknown: 'orange', invalid: 'red', unsigned: 'gray' } as const;

/** Who sent a file and whether its signature matches an office of the address book, as the preview shows it. */
export function SenderNote({ sender }: { sender: FileSender }) {
  const { t } = useTranslation();
  const status = sender.signature === 'valid' && sender.officeId === null ? 'unknown' : sender.signature;
  const params = { name: sender.name || t('exchange.import.unknown'), fingerprint: sender.fingerprint };
  return (
    <Alert color={COLOR[status]} title={t('offices.sender.label')} data-testid="import-sender" data-status={status}>
      <Stack gap={6}>
        <Text size="sm">{t(`offices.sender.${status}`, params)}</Text>
        {sender.fingerprint && <Fingerprint value={sender.fingerprint} size="sm" label={t('offices.own.fingerprint')} />}
      </Stack>
    </Alert>
  );
}

import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconHistory, IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupList, RestoreResult } from '@shared/api/backups';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { formatDecimal, useFormat } from '../../lib/format';
import { TableHead } from '../../lib/TableHead';

/** HH:mm from the backup's name (`vaxtkraft-YYYYMMDD-HHmmss.db`, Swedish time). */
const timeOf = (name: string) => `${name.slice(19, 21)}:${name.slice(21, 23)}`;

function useSize() {
  const { t, i18n } = useTranslation();
  const mb = 1024 * 1024;
  const size = (n: number) => formatDecimal(i18n.language, n);
  return (bytes: number) =>
    bytes >= mb ? t('backups.sizeMb', { size: size(bytes / mb) }) : t('backups.sizeKb', { size: size(bytes / 1024) });
}

/**
 * The backups, newest first (date, size, companies), each with Restore: asked once more, then the current data is
 * set aside and the backup put in its place. A refusal (wrong passphrase, damaged backup) is shown here and nothing
 * changed. Done, the page starts afresh on the restored data.
 */
export function BackupTable({ list, passphrase }: { list: BackupList; passphrase?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = useSize();
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RestoreResult | null>(null);

  async function restore(backup: BackupInfo) {
    setBusy(true);
    setError(null);
    try {
      setDone(await invoke('backups.restore', { name: backup.name, ...(passphrase ? { passphrase } : {}) }));
    } catch (err) {
      setError(translateError(err));
    } finally {
      setBusy(false);
    }
  }

  const companies = (b: BackupInfo): string => {
    if (b.companies !== null) return format.number(b.companies);
    if (b.readable === 'wrongKey') return t('backups.list.wrongKey');
    return b.readable === 'damaged' ? t('backups.list.damaged') : t('backups.list.notRead');
  };

  if (list.backups.length === 0) return <Text c="dimmed">{t('backups.list.empty')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
        {t('backups.list.folder', { folder: list.folder })}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table data-testid="backup-list" striped aria-label={t('backups.list.title')}>
          <TableHead
            columns={[
              { label: t('backups.list.date') },
              { label: t('backups.list.size'), numeric: true },
              { label: t('backups.list.companies'), numeric: true },
              { label: t('backups.list.actions') },
            ]}
          />
          <Table.Tbody>
            {list.backups.map((b) => (
              <Table.Tr key={b.name} data-name={b.name}>
                <Table.Td>
                  {format.date(b.date)} {timeOf(b.name)}
                </Table.Td>
                <Table.Td ta="right">{size(b.sizeBytes)}</Table.Td>
                <Table.Td ta="right">{companies(b)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconHistory size={14} aria-hidden />}
                    aria-label={t('backups.list.restoreLabel', { date: `${format.date(b.date)} ${timeOf(b.name)}`, name: b.name })}
                    onClick={() => {
                      setError(null);
                      setChosen(b);
                    }}
                  >
                    {t('backups.list.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={chosen !== null}
        onClose={() => (done ? window.location.reload() : setChosen(null))}
        title={done ? t('backups.list.restoredTitle') : t('backups.list.confirmTitle')}
        size="md"
        zIndex={400}
      >
        {chosen && (
          <Stack gap="md" data-testid="restore-confirm" data-done={done ? 'true' : 'false'}>
            {done ? (
              <Done chosen={chosen} done={done} />
            ) : (
              <>
                <Text>{t('backups.list.confirmBody', { date: `${format.date(chosen.date)} ${timeOf(chosen.name)}` })}</Text>
                {error && (
                  <Alert color="red" variant="light" role="alert">
                    {error}
                  </Alert>
                )}
                <Group justify="flex-end" gap="sm">
                  <Button variant="default" onClick={() => setChosen(null)} data-autofocus>
                    {t('common.cancel')}
                  </Button>
                  <Button color="red.9" loading={busy} onClick={() => void restore(chosen)}>
                    {t('backups.list.confirm')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function Done({ chosen, done }: { chosen: BackupInfo; done: RestoreResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Text role="status">{t('backups.list.restored', { date: `${format.date(chosen.date)} ${timeOf(chosen.name)}` })}</Text>
      {done.setAsideFolder && (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconFolder size={20} aria-hidden />
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }}>
            {done.setAsideFolder}
          </Code>
        </Group>
      )}
      <Group justify="flex-end">
        <Button onClick={() => window.location.reload()} data-autofocus>
          {t('session.setAside.continue')}
        </Button>
      </Group>
    </>
  );
}

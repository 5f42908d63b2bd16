import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@shared/api';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { useFormat } from '../../lib/format';

type Offices = ResultOf<'exchange.sendState'>;
type Sent = ResultOf<'exchange.send'>;

/** "Send changes" per office of the address book, with the last file sent to it, and a full resend. */
export function SendPanel({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [offices, setOffices] = useState<Offices | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<{ sent: Sent; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    invoke('exchange.sendState', {}).then(setOffices, (e: unknown) => {
      setOffices([]);
      setError(translateError(e));
    });
  useEffect(() => void load(), []);

  async function send(officeId: string, name: string, full: boolean) {
    setBusy(`${officeId}:${full}`);
    setError(null);
    setDone(null);
    try {
      setDone({ sent: await invoke('exchange.send', { officeId, full }), name });
      await load();
    } catch (e) {
      setError(translateError(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="sm" data-testid="send-panel" data-ready={offices && busy === null ? 'true' : 'false'}>
      <Title order={2} size="h4">
        {t('folder.send.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('folder.send.intro')}
      </Text>
      {error && (
        <Alert color="red" data-testid="send-error">
          {error}
        </Alert>
      )}
      {done && (
        <Alert color="green" data-testid="send-done">
          {t('folder.send.done', { ...done.sent, name: done.name })}
        </Alert>
      )}
      {offices && offices.length === 0 && <Text c="dimmed">{t('folder.send.empty')}</Text>}
      {offices && offices.length > 0 && (
        <Table striped data-testid="send-offices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('folder.send.office')}</Table.Th>
              <Table.Th>{t('folder.send.last')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('folder.send.changes')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offices.map((o) => (
              <Table.Tr key={o.officeId} data-testid={`send-office-${o.name}`}>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td data-testid="send-last">
                  {o.last
                    ? t(o.last.full ? 'folder.send.lastSentFull' : 'folder.send.lastSent', {
                        sequence: o.last.sequence,
                        date: format.dateTime(o.last.sentAt),
                      })
                    : t('folder.send.never')}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="wrap">
                    <Button
                      size="xs"
                      disabled={disabled || busy !== null}
                      loading={busy === `${o.officeId}:false`}
                      aria-label={t('folder.send.changesLabel', { name: o.name })}
                      onClick={() => void send(o.officeId, o.name, false)}
                      data-testid="send-changes"
                    >
                      {t('folder.send.changes')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={disabled || busy !== null}
                      loading={busy === `${o.officeId}:true`}
                      aria-label={t('folder.send.fullLabel', { name: o.name })}
                      onClick={() => void send(o.officeId, o.name, true)}
                      data-testid="send-full"
                    >
                      {t('folder.send.full')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

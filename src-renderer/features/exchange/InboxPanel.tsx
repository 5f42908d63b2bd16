import { useEffect, useState } from 'react';
import { Alert, Button, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@shared/api';
import type { InboxFile, InboxNote } from '@shared/api/exchange';
import { invoke } from '../../api/client';
import { translateError, tx } from '../../lib/errors';
import { SenderNote } from '../offices';
import { useRun } from './useRun';
import { countParams } from './ImportPanel';
import { PreviewDecision } from './ImportPreview';

type Inbox = ResultOf<'exchange.inbox'>;
type Preview = ResultOf<'exchange.inboxPreview'>;
type Applied = ResultOf<'exchange.inboxApply'> & { name: string };

/** What the inbox says of a file: earlier numbers missing from its sender, applied before, or in order. */
function useFileNote(): (f: InboxFile) => string {
  const { t } = useTranslation();
  return (f) => {
    if (f.duplicate) return t('folder.inbox.duplicate');
    if (f.missing.length > 0)
      return t('folder.inbox.missing', { count: f.missing.length, missing: f.missing.join(', '), sender: f.sender.name });
    return t('folder.inbox.ok');
  };
}

/** Why files were left in the folder; files for other offices (normal in a shared folder) only counted. */
function IgnoredList({ notes }: { notes: InboxNote[] }) {
  const { t } = useTranslation();
  const listed = notes.filter((n) => n.reason !== 'otherOffice');
  const others = notes.length - listed.length;
  if (notes.length === 0) return null;
  return (
    <Stack gap={4} data-testid="inbox-ignored">
      <Title order={3} size="h5">
        {t('folder.inbox.ignoredTitle')}
      </Title>
      <List size="sm" spacing={4}>
        {listed.map((n) => (
          <List.Item key={n.name} data-reason={n.reason}>
            <Code>{n.name}</Code> {t(`folder.inbox.ignored.${n.reason}`)}
            {n.reason === 'unreadable' && n.error ? ` ${tx(t, `errors.${n.error.code}`, n.error.params)}` : ''}
          </List.Item>
        ))}
        {others > 0 && <List.Item data-testid="inbox-other-offices">{t('folder.inbox.otherOffices', { count: others })}</List.Item>}
      </List>
    </Stack>
  );
}

function FilesTable({ files, busy, onCheck }: { files: InboxFile[]; busy: boolean; onCheck(name: string): void }) {
  const { t } = useTranslation();
  const note = useFileNote();
  return (
    <Table striped data-testid="inbox-files">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('folder.inbox.file')}</Table.Th>
          <Table.Th>{t('folder.inbox.from')}</Table.Th>
          <Table.Th>{t('folder.inbox.number')}</Table.Th>
          <Table.Th>{t('folder.inbox.state')}</Table.Th>
          <Table.Th>{t('folder.inbox.check')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {files.map((f) => (
          <Table.Tr key={f.name} data-testid={`inbox-file-${f.sequence ?? f.name}`}>
            <Table.Td>
              <Code>{f.name}</Code>
            </Table.Td>
            <Table.Td>{f.sender.name}</Table.Td>
            <Table.Td>
              {f.sequence === null
                ? t('folder.inbox.noNumber')
                : f.full
                  ? t('folder.inbox.numberFull', { sequence: f.sequence })
                  : f.sequence}
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={f.missing.length > 0 ? 600 : undefined} data-testid="inbox-note">
                {note(f)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Button size="xs" disabled={busy} aria-label={t('folder.inbox.checkLabel', { name: f.name })} onClick={() => onCheck(f.name)}>
                {t('folder.inbox.check')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The exchange folder's files for this office: check one, decide its conflicts, apply it (it then moves to processed/). */
export function InboxPanel({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const note = useFileNote();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [resolutions, setResolutions] = useState<Record<string, 'mine' | 'theirs'>>({});
  const [applied, setApplied] = useState<Applied | null>(null);
  const { busy, error, setError, run } = useRun();
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);
  useEffect(() => {
    invoke('exchange.inbox', {}).then(setInbox, (e: unknown) => setError(translateError(e)));
  }, [version, setError]);

  const check = (name: string) =>
    run(async () => {
      setApplied(null);
      setPreview(null);
      setResolutions({});
      setPreview(await invoke('exchange.inboxPreview', { name }));
    });
  const apply = () =>
    run(async () => {
      if (!preview) return;
      const result = await invoke('exchange.inboxApply', { previewId: preview.previewId, resolutions });
      setApplied({ ...result, name: preview.inbox.name });
      setPreview(null);
      onImported();
      load();
    });

  return (
    <Stack gap="sm" data-testid="inbox-panel" data-ready={inbox && !busy ? 'true' : 'false'}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('folder.inbox.title')}
        </Title>
        <Button size="xs" variant="default" onClick={load} disabled={busy} data-testid="inbox-refresh">
          {t('folder.inbox.refresh')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('folder.inbox.intro')}
      </Text>
      {error && (
        <Alert color="red" data-testid="inbox-error">
          {error}
        </Alert>
      )}
      {applied && (
        <Alert color="green" data-testid="inbox-applied">
          {applied.duplicate
            ? t('folder.inbox.appliedDuplicate', { name: applied.name })
            : t('folder.inbox.applied', { name: applied.name, ...countParams(applied.counts) })}
          {applied.movedTo === null && ` ${t('folder.inbox.notMoved')}`}
        </Alert>
      )}
      {inbox && inbox.files.length === 0 && <Text c="dimmed">{t('folder.inbox.empty')}</Text>}
      {inbox && inbox.files.length > 0 && <FilesTable files={inbox.files} busy={busy} onCheck={(name) => void check(name)} />}
      {preview && (
        <Stack data-testid="inbox-preview">
          <SenderNote sender={preview.sender} />
          <Text size="sm" data-testid="inbox-preview-note">
            {note(preview.inbox)}
          </Text>
          <PreviewDecision
            preview={preview}
            resolutions={resolutions}
            setResolutions={setResolutions}
            busy={busy}
            onApply={() => void apply()}
            onCancel={() => setPreview(null)}
            testPrefix="inbox"
            setAsideWhenNothing
          />
        </Stack>
      )}
      {inbox && <IgnoredList notes={inbox.ignored} />}
    </Stack>
  );
}

import { useEffect, useState } from 'react';
import { Alert, Code, Divider, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/api/session';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { InboxPanel } from './InboxPanel';
import { SendPanel } from './SendPanel';

/** The shared exchange folder: where it is, sending changes to each office, and the inbox (issue 12). */
export function FolderPanel({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    invoke('settings.get', {}).then(setSettings, notifyError);
  }, []);
  if (!settings) return <Loader size="sm" aria-label={t('app.loading')} />;
  const folder = settings.exchangeFolder;
  return (
    <Stack gap="md" data-testid="folder-panel">
      <Text c="dimmed">{t('folder.intro')}</Text>
      {folder ? (
        <Text size="sm" data-testid="folder-where">
          {t('folder.where')}
          <Code>{folder}</Code>
        </Text>
      ) : (
        <Alert color="blue" data-testid="folder-not-set">
          {t('folder.notSet')}
        </Alert>
      )}
      <SendPanel disabled={!folder} />
      {folder && (
        <>
          <Divider />
          <InboxPanel onImported={onImported} />
        </>
      )}
    </Stack>
  );
}

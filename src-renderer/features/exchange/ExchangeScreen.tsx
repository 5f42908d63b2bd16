import { useState } from 'react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScreen } from '../../lib/screen';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LogPanel } from './LogPanel';
import { FolderPanel } from './FolderPanel';
import { OfficesPanel } from '../offices';

export function ExchangeScreen() {
  const { t } = useTranslation();
  const [imports, setImports] = useState(0);
  useScreen('exchange', true, t('exchange.title'));

  return (
    <Stack data-screen="exchange" data-ready="true">
      <Title order={1}>{t('exchange.title')}</Title>
      <Text c="dimmed">{t('exchange.intro')}</Text>
      <Tabs defaultValue="export" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="export" data-testid="tab-export">
            {t('exchange.tabs.export')}
          </Tabs.Tab>
          <Tabs.Tab value="import" data-testid="tab-import">
            {t('exchange.tabs.import')}
          </Tabs.Tab>
          <Tabs.Tab value="folder" data-testid="tab-folder">
            {t('folder.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="log" data-testid="tab-log">
            {t('exchange.tabs.log')}
          </Tabs.Tab>
          <Tabs.Tab value="offices" data-testid="tab-offices">
            {t('exchange.tabs.offices')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export" pt="md">
          <ExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel onImported={() => setImports((n) => n + 1)} />
        </Tabs.Panel>
        <Tabs.Panel value="folder" pt="md">
          <FolderPanel onImported={() => setImports((n) => n + 1)} />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="md">
          <LogPanel version={imports} />
        </Tabs.Panel>
        <Tabs.Panel value="offices" pt="md">
          <OfficesPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

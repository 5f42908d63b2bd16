import { useEffect } from 'react';
import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScreen } from '../../lib/screen';
import { SessionLayout } from './SessionLayout';
import { useSession } from './store';

/** Keychain mode: the main process opens the store on its own; wait for it. */
export function OpeningScreen() {
  const { t } = useTranslation();
  const refresh = useSession((s) => s.refresh);
  useScreen('opening', false, t('session.keychain.opening'));
  useEffect(() => {
    const timer = window.setInterval(() => void refresh().catch(() => undefined), 500);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return (
    <SessionLayout screen="opening" ready={false}>
      <Group gap="md" role="status">
        <Loader size="sm" />
        <Text>{t('session.keychain.opening')}</Text>
      </Group>
    </SessionLayout>
  );
}

import { Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertOctagon, IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useScreen } from '../../lib/screen';
import { SessionLayout, SessionTitle } from './SessionLayout';
import { SetAsideButton } from './SetAsideButton';
import { RestoreButton } from '../backups';
import { useSession } from './store';
import type { RecoveryReason } from './store';
import type { ErrorCode } from '@shared/api/errors';

type Reason = 'corrupt' | 'newerVersion' | 'keyFileDamaged' | 'keychainUnavailable' | 'forgotten';
type Step = 'copyFolder' | 'restoreDb' | 'updateApp' | 'restoreKey' | 'loginKeychain' | 'tryRemember' | 'restoreExport' | 'setAside';

const REASONS: Partial<Record<ErrorCode, Reason>> = {
  'store.corrupt': 'corrupt',
  'store.newerVersion': 'newerVersion',
  'store.keyFileDamaged': 'keyFileDamaged',
  'store.keychainUnavailable': 'keychainUnavailable',
  'store.wrongPassphrase': 'forgotten',
};

/** The README's "Recovering data", per cause. */
const STEPS: Record<Reason, Step[]> = {
  corrupt: ['copyFolder', 'restoreDb', 'setAside'],
  newerVersion: ['updateApp', 'setAside'],
  keyFileDamaged: ['copyFolder', 'restoreKey', 'setAside'],
  keychainUnavailable: ['loginKeychain', 'restoreKey', 'setAside'],
  forgotten: ['tryRemember', 'restoreExport', 'setAside'],
};

/**
 * A start (or unlock) that failed for a reason no passphrase fixes, or a forgotten passphrase: its own title and
 * explanation, the recovery steps, and at the very bottom the way out that sets the data aside.
 */
export function StartupErrorScreen({ reason }: { reason: RecoveryReason }) {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const showRecovery = useSession((s) => s.showRecovery);
  const key = REASONS[reason.code] ?? 'corrupt';
  const params = reason.params ?? {};
  const title = t(`session.recovery.reason.${key}.title`);
  useScreen('startup-error', true, title);
  // Keychain mode: the shell found the problem at start; passphrase mode: the unlock screen sent us here.
  const fromStart = status?.startupError != null;

  return (
    <SessionLayout screen="startup-error" ready>
      <Group gap="sm" wrap="nowrap" data-reason={reason.code}>
        <IconAlertOctagon size={32} color="var(--mantine-color-red-8)" aria-hidden style={{ flexShrink: 0 }} />
        <SessionTitle>{title}</SessionTitle>
      </Group>
      <Text>{t(`session.recovery.reason.${key}.body`, params)}</Text>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('session.recovery.stepsTitle')}
        </Title>
        <List type="ordered" spacing="xs">
          {STEPS[key].map((step) => (
            <List.Item key={step}>{t(`session.recovery.steps.${step}`)}</List.Item>
          ))}
        </List>
      </Stack>
      {fromStart ? (
        <Text size="sm" c="dimmed">
          {t('session.recovery.restartHint')}
        </Text>
      ) : (
        <Group>
          <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => showRecovery(null)}>
            {t('session.recovery.tryAgain')}
          </Button>
        </Group>
      )}
      <Divider />
      <Group justify="flex-end">
        <RestoreButton />
        <SetAsideButton />
      </Group>
    </SessionLayout>
  );
}

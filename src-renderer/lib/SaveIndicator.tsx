import { Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconCloudCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from './saveStatus';

/** "Saving…", "All changes saved", "Not saved — see the marked field", announced politely to screen readers. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useSaveStatus((s) => s.state);
  const color = state === 'error' ? 'red.9' : state === 'saved' ? 'forest.9' : 'dimmed';
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-testid="save-state" data-state={state}>
      {state === 'saving' && <Loader size={14} aria-hidden />}
      {state === 'saved' && <IconCircleCheck size={18} color="var(--mantine-color-forest-9)" aria-hidden />}
      {state === 'error' && <IconAlertCircle size={18} color="var(--mantine-color-red-9)" aria-hidden />}
      {state === 'idle' && <IconCloudCheck size={18} color="var(--mantine-color-dimmed)" aria-hidden />}
      <Text size="sm" c={color} fw={state === 'error' ? 600 : 400}>
        {t(`common.saveState.${state}`)}
      </Text>
    </Group>
  );
}

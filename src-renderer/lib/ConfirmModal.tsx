import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  body: string;
  /** The label of the (red) button that does it. */
  confirm: string;
  onClose(): void;
  onConfirm(): void;
}

/** Asks before something that cannot be undone (withdraw, remove, delete); Cancel has the focus. */
export function ConfirmModal({ opened, title, body, confirm, onClose, onConfirm }: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md" zIndex={400}>
      <Stack gap="md">
        <Text>{body}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={onConfirm}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Deleting is the hardest button to press: the company's name must be typed first. */
interface Props {
  name: string;
  onClose(): void;
  onConfirm(): Promise<void>;
}

export function DeleteCompanyModal({ opened, ...props }: Props & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={props.onClose} title={t('companies.delete.title', { name: props.name })} size="md">
      <DeleteForm {...props} />
    </Modal>
  );
}

/** Lives inside the modal, so it starts empty every time the modal opens. */
function DeleteForm({ name, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const matches = typed.trim() === name.trim();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!matches) return;
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  }

  return (
      <form onSubmit={(e) => void submit(e)} data-testid="delete-company-form">
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('companies.delete.body')}
          </Alert>
          <TextInput
            label={t('companies.delete.confirmLabel')}
            description={<Text span fw={700} size="sm" c="dark">{name}</Text>}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
            name="confirmName"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" disabled={!matches} loading={busy} leftSection={<IconTrash size={18} aria-hidden />}>
              {t('companies.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
  );
}

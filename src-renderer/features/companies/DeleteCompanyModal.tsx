import { Alert, Modal, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TypedConfirmForm } from '../../lib/TypedConfirmForm';

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
  return (
    <TypedConfirmForm
      testId="delete-company-form"
      label={t('companies.delete.confirmLabel')}
      description={
        <Text span fw={700} size="sm" c="dark">
          {name}
        </Text>
      }
      name="confirmName"
      accepts={(typed) => typed.trim() === name.trim()}
      onConfirm={onConfirm}
      cancelLabel={t('common.cancel')}
      onCancel={onClose}
      submitLabel={t('companies.delete.confirm')}
      submitIcon={IconTrash}
    >
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {t('companies.delete.body')}
      </Alert>
    </TypedConfirmForm>
  );
}

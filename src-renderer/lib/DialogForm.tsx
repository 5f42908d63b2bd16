import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import type { MantineSpacing } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from './FormActions';

interface DialogFormProps<V> {
  /** The dialog's @mantine/form: it checks the values before `onSubmit` and shows the wait on the submit button. */
  form: UseFormReturnType<V>;
  onSubmit(values: V): Promise<void>;
  onCancel(): void;
  submitLabel: string;
  submitTestId?: string;
  testId?: string;
  gap?: MantineSpacing;
  children: ReactNode;
}

/** A create dialog's form: its fields, then Cancel and the submit button. */
export function DialogForm<V>({ form, onSubmit, onCancel, submitLabel, submitTestId, testId, gap = 'md', children }: DialogFormProps<V>) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate data-testid={testId}>
      <Stack gap={gap}>
        {children}
        <FormActions
          cancelLabel={t('common.cancel')}
          onCancel={onCancel}
          submitLabel={submitLabel}
          busy={form.submitting}
          submitTestId={submitTestId}
          gap="sm"
        />
      </Stack>
    </form>
  );
}

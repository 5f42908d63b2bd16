import { Button, Group, type ButtonProps, type MantineSpacing } from '@mantine/core';

export interface FormActionsProps {
  cancelLabel: string;
  onCancel(): void;
  submitLabel: string;
  busy: boolean;
  /** The submit button's data-testid, for the end-to-end tests. */
  submitTestId?: string;
  /** Where the submit button differs from the plain one: a colour, an icon, disabled until the form is right. */
  submit?: Pick<ButtonProps, 'color' | 'disabled' | 'leftSection'>;
  gap?: MantineSpacing;
}

/** The foot of a dialog's form: cancel on the left, the submit button (which shows the wait) on the right. */
export function FormActions({ cancelLabel, onCancel, submitLabel, busy, submitTestId, submit, gap }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap={gap}>
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" {...submit} loading={busy} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Group>
  );
}

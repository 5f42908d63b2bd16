import { useState, type FormEvent, type ReactNode } from 'react';
import { Stack, TextInput } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { FormActions } from './FormActions';

export interface TypedConfirmFormProps {
  /** What the advisor reads before typing: the explanation and the warning. */
  children: ReactNode;
  label: string;
  description?: ReactNode;
  /** The input's name attribute. */
  name: string;
  /** Whether what has been typed so far unlocks the submit button. */
  accepts(typed: string): boolean;
  /** Runs with the text as typed; the submit button waits for it. */
  onConfirm(typed: string): Promise<void>;
  error?: ReactNode;
  cancelLabel: string;
  onCancel(): void;
  submitLabel: string;
  submitIcon: TablerIcon;
  testId?: string;
  noValidate?: boolean;
}

/**
 * The hardest button to press: a red submit that stays disabled until a word or phrase has been typed.
 * Meant to live inside a modal, so that it starts empty every time the modal opens.
 */
export function TypedConfirmForm(props: TypedConfirmFormProps) {
  const { children, label, description, name, accepts, onConfirm, error, cancelLabel, onCancel, submitLabel, testId, noValidate } = props;
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const matches = accepts(typed);
  const Icon = props.submitIcon;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!matches) return;
    setBusy(true);
    try {
      await onConfirm(typed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate={noValidate} data-testid={testId}>
      <Stack gap="md">
        {children}
        <TextInput
          label={label}
          description={description}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          error={error}
          autoComplete="off"
          data-autofocus
          name={name}
        />
        <FormActions
          gap="sm"
          cancelLabel={cancelLabel}
          onCancel={onCancel}
          submitLabel={submitLabel}
          busy={busy}
          submit={{ color: 'red.9', disabled: !matches, leftSection: <Icon size={18} aria-hidden /> }}
        />
      </Stack>
    </form>
  );
}

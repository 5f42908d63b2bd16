import { useEffect, useState } from 'react';
import { Modal, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../lib/DialogForm';
import { DateField } from '../../lib/DateField';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { contractValidate, formMessages, inputProps, showRefusal } from '../../lib/forms';
import { useRouter } from '../../lib/router';
import { api } from '@shared/api';
import type { RoundListItem } from './types';
import { clock } from '../../lib/clock';

export type Kind = RoundListItem['kind'];

/** The fields of `rounds.start` that the advisor fills in, with the contract's schemas. */
const START_FIELDS = { date: api['rounds.start'].input.shape.date, advisor: api['rounds.start'].input.shape.advisor };
type StartValues = { date: string; advisor: string };

/** Starts a baseline or a follow-up: the date and the advisor, then the round opens. */
export function StartRoundModal({ companyId, kind, onClose }: { companyId: string; kind: Kind | null; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useRouter((s) => s.navigate);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<StartValues>({
    initialValues: { date: clock.today(), advisor: '' },
    validate: contractValidate(START_FIELDS, (v: StartValues) => v),
  });
  const { setFieldValue } = form;
  useEffect(() => {
    void invoke('settings.get', {})
      .then((s) => setFieldValue('advisor', (a) => a || (s.advisorName ?? '')))
      .catch(() => undefined);
  }, [setFieldValue]);
  const props = inputProps(form, formMessages(t, form.errors), ['date', 'advisor']);
  const submit = async (values: StartValues) => {
    if (!kind) return;
    setRefusal(null);
    try {
      const round = await invoke('rounds.start', { companyId, kind, ...values });
      navigate({ name: 'round', companyId, roundId: round.id });
    } catch (error) {
      // A rule of the rounds (a baseline exists, a date before the last round) is said under the form.
      showRefusal(form.setErrors, error, START_FIELDS, { otherwise: (e) => setRefusal(translateError(e)) });
    }
  };
  return (
    <Modal opened={kind !== null} onClose={onClose} title={kind ? t(`assessments.section.start.${kind}`) : ''}>
      <DialogForm
        form={form}
        onSubmit={submit}
        onCancel={onClose}
        submitLabel={t('assessments.section.startButton')}
        submitTestId="start-round-confirm"
        gap="sm"
      >
        <Text size="sm">{t(`assessments.section.startHelp.${kind ?? 'baseline'}`)}</Text>
        <DateField {...props.date} label={t('assessments.section.date')} required />
        <TextInput {...props.advisor} label={t('assessments.section.advisor')} required data-autofocus />
        {refusal && (
          <Text c="red.9" size="sm" role="alert">
            {refusal}
          </Text>
        )}
      </DialogForm>
    </Modal>
  );
}

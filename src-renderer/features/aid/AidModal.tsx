import { Modal, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { clock } from '../../lib/clock';
import { DateField } from '../../lib/DateField';
import { DialogForm } from '../../lib/DialogForm';
import { fieldMessageKey, notifyError, notifySuccess } from '../../lib/errors';
import { contractValidate, formMessages, inputProps } from '../../lib/forms';
import { AID_CURRENCIES, declaredAidFieldSchemas } from '@shared/api/aid';
import type { AidCurrency, DeclaredAid } from '@shared/api/aid';
import { useAid } from './store';

interface Props {
  companyId: string;
  /** The aid to edit; none to add new. */
  aid: DeclaredAid | null;
  opened: boolean;
  onClose(): void;
}

export function AidModal({ companyId, aid, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(aid ? 'aid.form.editTitle' : 'aid.form.createTitle')} size="lg">
      <AidForm companyId={companyId} aid={aid} onClose={onClose} />
    </Modal>
  );
}

interface AidValues {
  date: string;
  /** A NumberInput's value: a number, or the text being typed. */
  amount: number | string;
  currency: string | null;
  grantingBody: string;
  note: string;
}

/** The values as the contract's fields; an empty or half-typed amount reads as NaN, which the contract refuses as "write a number". */
function toInput(v: AidValues) {
  return {
    date: v.date,
    amount: v.amount === '' ? Number.NaN : Number(v.amount),
    currency: v.currency as AidCurrency,
    grantingBody: v.grantingBody,
    note: v.note.trim() === '' ? null : v.note,
  };
}

const validate = contractValidate(declaredAidFieldSchemas, toInput);

function AidForm({ companyId, aid, onClose }: Omit<Props, 'opened'>) {
  const { t, i18n } = useTranslation();
  const { add, update } = useAid();
  const form = useForm<AidValues>({
    initialValues: aid
      ? { date: aid.date, amount: aid.amount, currency: aid.currency, grantingBody: aid.grantingBody, note: aid.note ?? '' }
      : { date: clock.today(), amount: '', currency: 'SEK', grantingBody: '', note: '' },
    validate,
  });
  const messages = formMessages(t, form.errors);
  const props = inputProps(form, messages, ['date', 'amount', 'currency', 'grantingBody', 'note']);

  const submit = async (values: AidValues) => {
    try {
      if (aid) await update(aid.id, toInput(values));
      else await add({ companyId, ...toInput(values) });
      notifySuccess(t(aid ? 'aid.form.saved' : 'aid.form.added'));
      onClose();
    } catch (error) {
      // The service's refusals name the form's own fields (date in the future, amount…).
      if (error instanceof ApiError && error.issues.length > 0) {
        form.setErrors(Object.fromEntries(error.issues.map((i) => [i.path.replace(/^patch\./, ''), fieldMessageKey(i.message)])));
      } else notifyError(error);
    }
  };

  return (
    <DialogForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t(aid ? 'aid.form.submitEdit' : 'aid.form.submitCreate')}
      submitTestId="aid-submit"
      testId="aid-form"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DateField {...props.date} label={t('aid.form.date')} past required data-autofocus />
        <NumberInput
          {...props.amount}
          label={t('aid.form.amount')}
          decimalSeparator={i18n.language === 'sv' ? ',' : '.'}
          thousandSeparator={i18n.language === 'sv' ? ' ' : ','}
          decimalScale={2}
          hideControls
          allowNegative
          clampBehavior="none"
          required
        />
        <Select
          {...props.currency}
          label={t('aid.form.currency')}
          data={AID_CURRENCIES.map((c) => ({ value: c, label: c }))}
          allowDeselect={false}
          required
        />
      </SimpleGrid>
      <TextInput {...props.grantingBody} label={t('aid.form.grantingBody')} description={t('aid.form.grantingBodyHint')} required />
      <Textarea {...props.note} label={t('aid.form.note')} autosize minRows={2} />
    </DialogForm>
  );
}

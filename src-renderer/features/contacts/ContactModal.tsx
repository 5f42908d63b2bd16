import { useEffect } from 'react';
import { Modal, MultiSelect, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { clock } from '../../lib/clock';
import { DateField } from '../../lib/DateField';
import { DialogForm } from '../../lib/DialogForm';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formMessages, inputProps } from '../../lib/forms';
import { CONTACT_KINDS } from '@shared/api/contacts';
import type { Contact } from '@shared/api/contacts';
import { refusalErrors, toInput, validateContact, valuesOf } from './formValues';
import type { ContactValues } from './formValues';
import { NextStepsFields } from './NextStepsFields';
import { useContacts } from './store';

interface Props {
  companyId: string;
  /** The contact to edit; none to log a new one. */
  contact: Contact | null;
  opened: boolean;
  onClose(): void;
}

export function ContactModal({ companyId, contact, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(contact ? 'contacts.form.editTitle' : 'contacts.form.createTitle')} size="xl">
      <ContactForm companyId={companyId} contact={contact} onClose={onClose} />
    </Modal>
  );
}

const EMPTY: ContactValues = { date: '', kind: 'visit', advisor: '', personIds: [], hours: 1, summary: '', nextSteps: [] };

function ContactForm({ companyId, contact, onClose }: Omit<Props, 'opened'>) {
  const { t, i18n } = useTranslation();
  const { people, add, update } = useContacts();
  const form = useForm<ContactValues>({
    initialValues: contact ? valuesOf(contact) : { ...EMPTY, date: clock.today() },
    validate: validateContact,
  });
  const { setFieldValue } = form;
  useEffect(() => {
    if (contact) return;
    void invoke('settings.get', {})
      .then((s) => setFieldValue('advisor', (a) => a || (s.advisorName ?? '')))
      .catch(() => undefined);
  }, [contact, setFieldValue]);
  const messages = formMessages(t, form.errors);
  const props = inputProps(form, messages, ['date', 'kind', 'advisor', 'personIds', 'hours', 'summary']);
  const personOptions = people.map((p) => ({ value: p.id, label: p.name }));
  const kinds = CONTACT_KINDS.map((k) => ({ value: k, label: t(`contacts.kind.${k}`) }));

  const submit = async (values: ContactValues) => {
    try {
      if (contact) await update(contact.id, toInput(values));
      else await add({ companyId, ...toInput(values) });
      notifySuccess(t(contact ? 'contacts.form.saved' : 'contacts.form.logged'));
      onClose();
    } catch (error) {
      const errors = refusalErrors(error);
      if (errors) form.setErrors(errors);
      else notifyError(error);
    }
  };

  return (
    <DialogForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t(contact ? 'contacts.form.submitEdit' : 'contacts.form.submitCreate')}
      submitTestId="contact-submit"
      testId="contact-form"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DateField {...props.date} label={t('contacts.form.date')} past required data-autofocus />
        <Select {...props.kind} label={t('contacts.form.kind')} data={kinds} required allowDeselect={false} />
        <NumberInput
          {...props.hours}
          label={t('contacts.form.hours')}
          description={t('contacts.form.hoursHint')}
          decimalSeparator={i18n.language === 'sv' ? ',' : '.'}
          step={0.25}
          decimalScale={2}
          hideControls
          clampBehavior="none"
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput {...props.advisor} label={t('contacts.form.advisor')} required autoComplete="off" />
        <MultiSelect {...props.personIds} label={t('contacts.form.people')} data={personOptions} searchable clearable />
      </SimpleGrid>
      <Textarea {...props.summary} label={t('contacts.form.summary')} description={t('contacts.form.summaryHint')} autosize minRows={3} />
      <NextStepsFields form={form} messages={messages} people={personOptions} />
    </DialogForm>
  );
}

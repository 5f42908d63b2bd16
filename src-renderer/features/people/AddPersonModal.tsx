import { Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/errors';
import { DateField } from '../../lib/DateField';
import { DialogForm } from '../../lib/DialogForm';
import { contractValidate, formMessages, inputProps, showRefusal } from '../../lib/forms';
import { personFieldSchemas } from '@shared/api/people';
import type { PersonRole } from '@shared/domain/person';
import { usePersonOptions } from './options';
import { usePeople } from './store';

interface Values {
  name: string;
  role: PersonRole | null;
  jobTitle: string;
  startDate: string;
}

const EMPTY: Values = { name: '', role: null, jobTitle: '', startDate: '' };

/** An empty job title or start date means "not given". */
const toInput = (v: Values) => ({
  name: v.name,
  role: v.role as PersonRole,
  jobTitle: v.jobTitle.trim() === '' ? null : v.jobTitle,
  startDate: v.startDate === '' ? null : v.startDate,
});

export function AddPersonModal({ companyId, opened, onClose }: { companyId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('people.create.title')} size="lg">
      <AddPersonForm companyId={companyId} onClose={onClose} />
    </Modal>
  );
}

function AddPersonForm({ companyId, onClose }: { companyId: string; onClose(): void }) {
  const { t } = useTranslation();
  const options = usePersonOptions();
  const add = usePeople((s) => s.add);
  const form = useForm<Values>({ initialValues: EMPTY, validate: contractValidate(personFieldSchemas, toInput) });
  const props = inputProps(form, formMessages(t, form.errors), ['name', 'role', 'jobTitle', 'startDate']);

  const submit = async (values: Values) => {
    try {
      const person = await add({ companyId, ...toInput(values) });
      notifySuccess(t('people.create.added', { name: person.name }));
      onClose();
    } catch (error) {
      showRefusal(form.setErrors, error, personFieldSchemas);
    }
  };

  return (
    <DialogForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('people.create.submit')}
      submitTestId="add-person-submit"
      testId="add-person-form"
    >
      <TextInput {...props.name} label={t('people.edit.name')} required data-autofocus autoComplete="off" />
      <Select {...props.role} label={t('people.edit.role')} data={options.roles} required />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput {...props.jobTitle} label={t('people.edit.jobTitle')} autoComplete="off" />
        <DateField {...props.startDate} label={t('people.edit.startDate')} />
      </SimpleGrid>
    </DialogForm>
  );
}

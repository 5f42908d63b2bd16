import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldMessageKey, notifyError, notifySuccess, tx, validateWith } from '../../lib/errors';
import { personFieldSchemas } from '@shared/api/people';
import type { PersonRole } from '@shared/domain/person';
import { usePersonOptions } from './options';
import { usePeople } from './store';

type Field = 'name' | 'role' | 'jobTitle' | 'startDate';
const EMPTY = { name: '', role: null as PersonRole | null, jobTitle: '', startDate: '' };

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
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  function set<K extends keyof typeof EMPTY>(field: K, value: (typeof EMPTY)[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      companyId,
      name: values.name,
      role: values.role as PersonRole,
      jobTitle: values.jobTitle.trim() === '' ? null : values.jobTitle,
      startDate: values.startDate === '' ? null : values.startDate,
    };
    const problems: Partial<Record<Field, string>> = {};
    for (const field of ['name', 'role', 'jobTitle', 'startDate'] as const) {
      const problem = validateWith(personFieldSchemas[field], input[field]);
      if (problem) problems[field] = problem;
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const person = await add(input);
      notifySuccess(t('people.create.added', { name: person.name }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const next: Partial<Record<Field, string>> = {};
        for (const issue of error.issues) next[issue.path.split('.').pop() as Field] = fieldMessageKey(issue.message);
        setErrors(next);
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  const msg: Partial<Record<Field, string>> = {};
  for (const [field, key] of Object.entries(errors)) if (key) msg[field as Field] = tx(t, key);

  return (
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="add-person-form">
        <Stack gap="md">
          <TextInput
            label={t('people.edit.name')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={msg.name}
            required
            data-autofocus
            name="name"
            autoComplete="off"
          />
          <Select
            label={t('people.edit.role')}
            data={options.roles}
            value={values.role}
            onChange={(v) => set('role', v as PersonRole | null)}
            error={msg.role}
            required
            name="role"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              label={t('people.edit.jobTitle')}
              value={values.jobTitle}
              onChange={(e) => set('jobTitle', e.currentTarget.value)}
              error={msg.jobTitle}
              name="jobTitle"
              autoComplete="off"
            />
            <TextInput
              inputMode="numeric"
              maxLength={10}
              placeholder={t('common.datePlaceholder')}
              label={t('people.edit.startDate')}
              value={values.startDate}
              onChange={(e) => set('startDate', e.currentTarget.value)}
              error={msg.startDate}
              name="startDate"
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="add-person-submit">
              {t('people.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
  );
}

import { useState } from 'react';
import { Modal, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { DialogForm } from '../../lib/DialogForm';
import { contractValidate, formMessages, inputProps, showRefusal } from '../../lib/forms';
import { customCompetenceInputSchema } from '@shared/api/assessments';
import { useRound } from './roundStore';
import { local } from './types';
import type { CompetenceDefinition, RoundPerson } from './types';

/** After a change to a company-specific competence: the list and the round as the store now has them. */
export async function afterCustomChange(fn: (competences: CompetenceDefinition[]) => CompetenceDefinition[]): Promise<void> {
  useRound.setState((s) => ({ competences: fn(s.competences) }));
  await useRound.getState().refresh();
}

interface Values {
  sv: string;
  en: string;
  description: string;
}

/** The name (in either language or both) and the description, with the contract's schemas. */
const FIELDS = { name: customCompetenceInputSchema.shape.name, description: customCompetenceInputSchema.shape.description };

/** The description is one text for both languages here. */
function toInput(v: Values) {
  const d = v.description.trim();
  return { name: { sv: v.sv.trim(), en: v.en.trim() }, description: d ? { sv: d, en: d } : null };
}

interface CustomCompetenceModalProps {
  person: RoundPerson;
  competence?: CompetenceDefinition;
  opened: boolean;
  onClose(): void;
}

/** Creates a company-specific competence for `person`, or edits `competence` (the same form, prefilled). */
export function CustomCompetenceModal({ person, competence, opened, onClose }: CustomCompetenceModalProps) {
  const { t, i18n } = useTranslation();
  const createCustom = useRound((s) => s.createCustom);
  const setPersonCompetences = useRound((s) => s.setPersonCompetences);
  const initialDescription = competence?.description ? local(competence.description, i18n.language) : '';
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { sv: competence?.name.sv ?? '', en: competence?.name.en ?? '', description: initialDescription },
    validate: contractValidate(FIELDS, toInput),
  });
  const msg = formMessages(t, form.errors);
  const props = inputProps(form, msg, ['sv', 'en', 'description']);

  const submit = async (values: Values) => {
    setRefusal(null);
    const { name, description } = toInput(values);
    try {
      if (competence) {
        // Only sent when the advisor changed it: the stored one may differ between the languages.
        const changed = values.description.trim() !== initialDescription.trim();
        const patch = { name, ...(changed ? { description } : {}) };
        const updated = await invoke('competences.updateCustom', { id: competence.id, patch });
        await afterCustomChange((cs) => cs.map((c) => (c.id === updated.id ? updated : c)));
      } else {
        const created = await createCustom({ name, description });
        await setPersonCompetences(person.personId, [...person.competences.map((c) => c.competenceId), created.id]);
      }
      onClose();
    } catch (error) {
      showRefusal(form.setErrors, error, FIELDS, { otherwise: (e) => setRefusal(translateError(e)) });
    }
  };

  const title = t(competence ? 'assessments.competences.customEditTitle' : 'assessments.competences.customTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <DialogForm
        form={form}
        onSubmit={submit}
        onCancel={onClose}
        submitLabel={t(competence ? 'assessments.competences.customSave' : 'assessments.competences.customCreate')}
        testId="custom-competence-form"
        gap="sm"
      >
        <Text size="sm">
          {competence ? t('assessments.competences.customEditHelp') : t('assessments.competences.customHelp', { name: person.name })}
        </Text>
        <TextInput {...props.sv} label={t('assessments.competences.nameSv')} error={msg['name'] ?? refusal} data-autofocus />
        <TextInput {...props.en} label={t('assessments.competences.nameEn')} />
        <Textarea {...props.description} label={t('assessments.competences.description')} autosize minRows={2} />
      </DialogForm>
    </Modal>
  );
}

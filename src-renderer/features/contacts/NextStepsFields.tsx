import { ActionIcon, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { clock } from '../../lib/clock';
import { DateField } from '../../lib/DateField';
import { addDays } from '@shared/clock';
import { MAX_NEXT_STEPS } from '@shared/api/contacts';
import { emptyStep } from './formValues';
import type { ContactValues } from './formValues';

const CHECKBOX = { type: 'checkbox' } as const;

interface Props {
  form: UseFormReturnType<ContactValues>;
  messages: Record<string, string | undefined>;
  people: Array<{ value: string; label: string }>;
}

/** The agreed next steps: each with its text, due date, owner (a person of the company or a name) and done. */
export function NextStepsFields({ form, messages, people }: Props) {
  const { t } = useTranslation();
  const steps = form.values.nextSteps;
  const field = (i: number, name: keyof ContactValues['nextSteps'][number]) => {
    const path = `nextSteps.${i}.${name}`;
    return { ...form.getInputProps(path, name === 'done' ? CHECKBOX : undefined), name: path, error: messages[path] };
  };
  const stepProps = (i: number) => ({
    text: field(i, 'text'),
    dueDate: field(i, 'dueDate'),
    ownerPersonId: field(i, 'ownerPersonId'),
    ownerText: field(i, 'ownerText'),
    done: field(i, 'done'),
  });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('contacts.form.steps')}
      </Text>
      {steps.map((_, i) => (
        <Fieldset key={i} legend={t('contacts.form.stepLegend', { number: i + 1 })} data-testid={`contact-step-${i}`}>
          <Stack gap="xs">
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <TextInput {...stepProps(i).text} label={t('contacts.form.stepText')} required style={{ flex: 1 }} autoComplete="off" />
              <ActionIcon
                variant="subtle"
                color="red.9"
                mt={26}
                aria-label={t('contacts.form.removeStep', { number: i + 1 })}
                onClick={() => form.removeListItem('nextSteps', i)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <DateField {...stepProps(i).dueDate} label={t('contacts.form.stepDue')} required />
              <Select {...stepProps(i).ownerPersonId} label={t('contacts.form.stepOwnerPerson')} data={people} clearable />
              <TextInput {...stepProps(i).ownerText} label={t('contacts.form.stepOwnerText')} autoComplete="off" />
            </SimpleGrid>
            <Checkbox {...stepProps(i).done} label={t('contacts.form.stepDone')} />
          </Stack>
        </Fieldset>
      ))}
      {steps.length < MAX_NEXT_STEPS && (
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('nextSteps', emptyStep(addDays(clock.today(), 7)))}
          data-testid="contact-add-step"
        >
          {t('contacts.form.addStep')}
        </Button>
      )}
    </Stack>
  );
}

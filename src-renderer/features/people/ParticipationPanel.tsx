import { Divider, Fieldset, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { participationFieldSchemas } from '@shared/api/participation';
import type { Person } from '@shared/api/people';
import { EXIT_RESULTS, SIX_MONTH_RESULTS, sixMonthDue } from '@shared/domain/participation';
import type { ExitResult, SixMonthResult } from '@shared/domain/participation';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { AutoDate, AutoSelect } from '../../lib/fields';
import { useFormat } from '../../lib/format';
import { usePersonOptions } from './options';
import { usePeople } from './store';

/** What the screen edits: all but the age band at entry, which the service derives. */
const { entryAgeBand: _derived, ...FIELDS } = participationFieldSchemas;

type Answer = 'yes' | 'no';
const toAnswer = (v: boolean | null): Answer | null => (v === null ? null : v ? 'yes' : 'no');
const fromAnswer = (v: Answer | null): boolean | null => (v === null ? null : v === 'yes');

function usePanelForm(person: Person) {
  const saved = usePeople((s) => s.saved);
  return useAutosave({
    scope: `participation:${person.id}`,
    schemas: FIELDS,
    record: person,
    send: (patch) => invoke('people.update', { id: person.id, patch }),
    onSaved: saved,
    fieldOfError: (code, fields) => (code === 'person.followupWithoutConsent' ? fields[0] : undefined),
  });
}

/** A group's legend, as the panel's other sub-headings look. */
function Legend({ text }: { text: string }) {
  return (
    <Text fw={700} size="sm" component="span">
      {text}
    </Text>
  );
}

/** One result indicator: yes, no, or not known (cleared). */
function ResultSelect({
  form,
  name,
  disabled,
}: {
  form: ReturnType<typeof usePanelForm>;
  name: ExitResult | SixMonthResult;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const field = form.fields[name];
  return (
    <AutoSelect<Answer>
      name={name}
      error={field.error}
      label={t(`participation.panel.${name}`)}
      placeholder={t('participation.panel.notKnown')}
      data={[
        { value: 'yes', label: t('participation.panel.yes') },
        { value: 'no', label: t('participation.panel.no') },
      ]}
      value={toAnswer(field.value)}
      onCommit={(v) => field.onCommit(fromAnswer(v))}
      disabled={disabled}
      clearable
    />
  );
}

/**
 * A participant's entry, exit and results (issue 14), in the person drawer. The rules (dates not in the future, exit
 * not before entry, results only after exit, the six-month follow-up when due) are the service's, shown at the field.
 */
export function ParticipationPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const options = usePersonOptions();
  const form = usePanelForm(person);
  const { fields } = form;
  const consent = person.followupConsent;
  const due = sixMonthDue(person.exitDate);
  const band = person.entryAgeBand ? t(`people.option.ageBand.${person.entryAgeBand}`) : null;
  const choice = { placeholder: t('people.followup.choose'), disabled: !consent, clearable: true };
  return (
    <Stack gap="sm" data-testid="participation-panel">
      <Divider mt="sm" />
      <Title order={3} size="h5">
        {t('participation.panel.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('participation.panel.explanation')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoDate {...fields.entryDate} label={t('participation.panel.entryDate')} past />
        <AutoDate
          {...fields.exitDate}
          label={t('participation.panel.exitDate')}
          past
          min={person.entryDate}
          description={person.entryDate ? undefined : t('participation.panel.exitHint')}
          disabled={!person.entryDate && !person.exitDate}
        />
      </SimpleGrid>
      {person.entryDate && (
        <>
          <Title order={4} size="h6">
            {t('participation.panel.atEntry')}
          </Title>
          <Text size="sm" data-testid="entry-age-band">
            {band ? t('participation.panel.ageBand', { band }) : t('participation.panel.ageBandUnknown')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <AutoSelect
              {...fields.entryEmploymentStatus}
              {...choice}
              label={t('participation.panel.entryEmployment')}
              data={options.employment}
            />
            <AutoSelect
              {...fields.entryEducationLevel}
              {...choice}
              label={t('participation.panel.entryEducation')}
              data={options.education}
            />
          </SimpleGrid>
          {!consent && (
            <Text size="sm" c="dimmed">
              {t('participation.panel.consentHint')}
            </Text>
          )}
        </>
      )}
      {person.exitDate && (
        <>
          <Fieldset legend={<Legend text={t('participation.panel.atExit')} />} variant="unstyled" data-testid="exit-results">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {EXIT_RESULTS.map((name) => (
                <ResultSelect key={name} form={form} name={name} disabled={false} />
              ))}
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={<Legend text={t('participation.panel.sixMonths')} />} variant="unstyled" data-testid="six-month-results">
            <Stack gap="sm">
              {due && (
                <Text size="sm" data-testid="six-month-due">
                  {t('participation.panel.dueOn', { date: fmt.date(due) })}
                </Text>
              )}
              <AutoDate
                {...fields.sixMonthDate}
                label={t('participation.panel.sixMonthDate')}
                past
                min={due}
                description={person.sixMonthDate ? undefined : t('participation.panel.sixMonthHint')}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                {SIX_MONTH_RESULTS.map((name) => (
                  <ResultSelect key={name} form={form} name={name} disabled={!person.sixMonthDate} />
                ))}
              </SimpleGrid>
            </Stack>
          </Fieldset>
        </>
      )}
    </Stack>
  );
}

import { useState } from 'react';
import { Alert, Button, Divider, Drawer, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { clock } from '../../lib/clock';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { notifySuccess } from '../../lib/errors';
import { AutoCheckbox, AutoDate, AutoNumber, AutoSelect, AutoText } from '../../lib/fields';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { hrefFor } from '../../lib/router';
import { swedishYear } from '@shared/clock';
import { FOLLOWUP_FIELDS, personFieldSchemas } from '@shared/api/people';
import type { Person } from '@shared/api/people';
import { ageBand } from '@shared/domain/person';
import type { PersonRole } from '@shared/domain/person';
import { usePersonOptions } from './options';
import { usePeople } from './store';
import { PersonnummerField } from './PersonnummerField';
import { ParticipationPanel } from './ParticipationPanel';
import { PassportPanel } from './PassportPanel';
import { PersonRights } from './PersonRights';

function hasFollowupData(person: Person): boolean {
  return FOLLOWUP_FIELDS.some((f) => person[f] !== null);
}

function usePersonForm(person: Person) {
  const saved = usePeople((s) => s.saved);
  return useAutosave({
    scope: `person:${person.id}`,
    schemas: personFieldSchemas,
    record: person,
    send: (patch) => invoke('people.update', { id: person.id, patch }),
    onSaved: saved,
    // Follow-up data without consent is refused as a whole: shown at the field that was changed.
    fieldOfError: (code, fields) => (code === 'person.followupWithoutConsent' ? fields[0] : undefined),
  });
}

type PersonFormApi = ReturnType<typeof usePersonForm>;

/**
 * The person's own choice whether the printed plan shows their ratings to the employer, with the day they agreed.
 * No by default: without it the plan lists their activities only.
 */
function RatingsSharing({ person, form }: { person: Person; form: PersonFormApi }) {
  const { t } = useTranslation();
  const { fields, commit } = form;
  const shared = person.ratingsShared;
  return (
    <>
      <Title order={3} size="h5">
        {t('people.sharing.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('people.sharing.explanation')}
      </Text>
      <AutoCheckbox
        {...fields.ratingsShared}
        label={t('people.sharing.shared')}
        checked={shared}
        onCommit={(checked) =>
          commit(checked ? { ratingsShared: true, ratingsSharedAt: person.ratingsSharedAt ?? clock.today() } : { ratingsShared: false })
        }
      />
      <AutoDate {...fields.ratingsSharedAt} label={t('people.sharing.sharedAt')} disabled={!shared} past />
    </>
  );
}

/** The follow-up attributes: only with the person's consent, and withdrawing it asks first when there are any. */
function FollowupFields({ person, form }: { person: Person; form: PersonFormApi }) {
  const { t } = useTranslation();
  const options = usePersonOptions();
  const [withdrawing, setWithdrawing] = useState(false);
  const { fields, commit } = form;
  const consent = person.followupConsent;
  const year = swedishYear(clock.now());
  const choice = { placeholder: t('people.followup.choose'), disabled: !consent, clearable: true };
  const band = person.birthYear !== null ? t(`people.option.ageBand.${ageBand(person.birthYear, year)}`) : null;

  return (
    <>
      <Title order={3} size="h5">
        {t('people.followup.title')}
      </Title>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        <Text size="sm">{t('people.followup.explanation')}</Text>
      </Alert>
      <AutoCheckbox
        {...fields.followupConsent}
        label={t('people.followup.consent')}
        checked={consent}
        onCommit={(checked) => {
          if (checked) commit({ followupConsent: true, followupConsentAt: person.followupConsentAt ?? clock.today() });
          else if (hasFollowupData(person)) setWithdrawing(true);
          else commit({ followupConsent: false });
        }}
      />
      <AutoDate {...fields.followupConsentAt} label={t('people.followup.consentAt')} disabled={!consent} past />
      {!consent && (
        <Text size="sm" c="dimmed">
          {t('people.followup.disabledHint')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoSelect {...fields.gender} {...choice} label={t('people.followup.gender')} data={options.genders} />
        <AutoNumber
          {...fields.birthYear}
          label={t('people.followup.birthYear')}
          description={band ? t('people.followup.ageBandShown', { band }) : undefined}
          disabled={!consent}
        />
        <AutoSelect
          {...fields.foreignBackground}
          {...choice}
          label={t('people.followup.foreignBackground')}
          description={t('companyRules.foreignBackgroundHelp')}
          data={options.yesNo}
        />
        <AutoSelect {...fields.thirdCountryNational} {...choice} label={t('people.followup.thirdCountryNational')} data={options.yesNo} />
        <AutoSelect {...fields.disability} {...choice} label={t('people.followup.disability')} data={options.yesNo} />
        <AutoSelect {...fields.educationLevel} {...choice} label={t('people.followup.educationLevel')} data={options.education} />
        <AutoSelect {...fields.employmentStatus} {...choice} label={t('people.followup.employmentStatus')} data={options.employment} />
      </SimpleGrid>
      <AutoText
        {...fields.accessibilityNeeds}
        multiline
        label={t('people.followup.accessibilityNeeds')}
        placeholder={t('people.followup.accessibilityNeedsPlaceholder')}
        disabled={!consent}
      />
      <ConfirmModal
        opened={withdrawing}
        title={t('people.followup.withdrawTitle')}
        body={t('people.followup.withdrawBody', { name: person.name })}
        confirm={t('people.followup.withdrawConfirm')}
        onClose={() => setWithdrawing(false)}
        onConfirm={() => {
          setWithdrawing(false);
          commit({ followupConsent: false });
        }}
      />
    </>
  );
}

function PersonForm({ person, onRemoved }: { person: Person; onRemoved(): void }) {
  const { t } = useTranslation();
  const options = usePersonOptions();
  const remove = usePeople((s) => s.remove);
  const [removing, setRemoving] = useState(false);
  const form = usePersonForm(person);
  const { fields, commit } = form;

  return (
    <Stack gap="md">
      <AutoText {...fields.name} label={t('people.edit.name')} required />
      <AutoSelect
        {...fields.role}
        label={t('people.edit.role')}
        data={options.roles}
        onCommit={(v) => v && commit({ role: v as PersonRole })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText {...fields.jobTitle} label={t('people.edit.jobTitle')} />
        <AutoDate {...fields.startDate} label={t('people.edit.startDate')} />
      </SimpleGrid>

      <Divider mt="sm" />
      <RatingsSharing person={person} form={form} />

      <Divider mt="sm" />
      <PersonnummerField person={person} />

      <Divider mt="sm" />
      <FollowupFields person={person} form={form} />
      <ParticipationPanel person={person} />
      <PassportPanel person={person} />
      <PersonRights person={person} />

      <Divider mt="sm" />
      <Group justify="space-between">
        <Button
          component="a"
          variant="light"
          leftSection={<IconChartBar size={16} aria-hidden />}
          href={hrefFor({ name: 'personGaps', companyId: person.companyId, personId: person.id })}
        >
          {t('people.edit.gaps')}
        </Button>
        <Button variant="subtle" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setRemoving(true)}>
          {t('people.edit.remove')}
        </Button>
      </Group>
      <ConfirmModal
        opened={removing}
        title={t('people.edit.removeTitle', { name: person.name })}
        body={t('people.edit.removeBody')}
        confirm={t('people.edit.removeConfirm')}
        onClose={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          const name = person.name;
          void remove(person.id).then((ok) => {
            if (ok) {
              notifySuccess(t('people.edit.removed', { name }));
              onRemoved();
            }
          });
        }}
      />
    </Stack>
  );
}

export function PersonDrawer({ personId, onClose }: { personId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const person = usePeople((s) => s.people.find((p) => p.id === personId) ?? null);
  return (
    <Drawer
      opened={person !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Group gap="md" wrap="wrap">
          <Title order={2} size="h4">
            {person?.name ?? t('people.edit.title')}
          </Title>
          <SaveIndicator />
        </Group>
      }
      data-testid="person-drawer"
    >
      {person && <PersonForm key={person.id} person={person} onRemoved={onClose} />}
    </Drawer>
  );
}

import { useState } from 'react';
import { Alert, Button, Divider, Drawer, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { notifySuccess } from '../../lib/errors';
import { AutoCheckbox, AutoNumber, AutoSelect, AutoText } from '../../lib/fields';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { hrefFor } from '../../lib/router';
import { FOLLOWUP_FIELDS, personFieldSchemas } from '@shared/api/people';
import type { Person } from '@shared/api/people';
import { ageBand } from '@shared/domain/person';
import type { EducationLevel, EmploymentStatus, Gender, PersonRole, YesNoUnstated } from '@shared/domain/person';
import { usePersonOptions } from './options';
import { usePeople } from './store';
import { clock } from '../../lib/clock';
import { swedishYear } from '@shared/clock';

const nullIfEmpty = (v: string): string | null => (v.trim() === '' ? null : v);

function hasFollowupData(person: Person): boolean {
  return FOLLOWUP_FIELDS.some((f) => person[f] !== null);
}

function ConfirmModal({
  opened,
  title,
  body,
  confirm,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  body: string;
  confirm: string;
  onClose(): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md" zIndex={400}>
      <Stack gap="md">
        <Text>{body}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={onConfirm}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PersonForm({ person, onRemoved }: { person: Person; onRemoved(): void }) {
  const { t } = useTranslation();
  const options = usePersonOptions();
  const saved = usePeople((s) => s.saved);
  const remove = usePeople((s) => s.remove);
  const [withdrawing, setWithdrawing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const { errors: msg, commit } = useAutosave({
    scope: `person:${person.id}`,
    schemas: personFieldSchemas,
    record: person,
    send: (patch) => invoke('people.update', { id: person.id, patch }),
    onSaved: saved,
    // Follow-up data without consent is refused as a whole: shown at the field that was changed.
    fieldOfError: (code, fields) => (code === 'person.followupWithoutConsent' ? fields[0] : undefined),
  });
  const consent = person.followupConsent;
  const year = swedishYear(clock.now());

  return (
    <Stack gap="md">
      <AutoText
        name="name"
        label={t('people.edit.name')}
        value={person.name}
        error={msg.name}
        required
        onCommit={(v) => commit({ name: v })}
      />
      <AutoSelect
        name="role"
        label={t('people.edit.role')}
        data={options.roles}
        value={person.role}
        error={msg.role}
        onCommit={(v) => v && commit({ role: v as PersonRole })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText
          name="jobTitle"
          label={t('people.edit.jobTitle')}
          value={person.jobTitle}
          error={msg.jobTitle}
          onCommit={(v) => commit({ jobTitle: v })}
        />
        <AutoText
          name="startDate"
          type="date"
          label={t('people.edit.startDate')}
          value={person.startDate}
          error={msg.startDate}
          onCommit={(v) => commit({ startDate: nullIfEmpty(v) })}
        />
      </SimpleGrid>

      <Divider mt="sm" />
      <Title order={3} size="h5">
        {t('people.followup.title')}
      </Title>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        <Text size="sm">{t('people.followup.explanation')}</Text>
      </Alert>
      <AutoCheckbox
        name="followupConsent"
        label={t('people.followup.consent')}
        checked={consent}
        error={msg.followupConsent}
        onCommit={(checked) => {
          const since = person.followupConsentAt ?? clock.today();
          if (checked) commit({ followupConsent: true, followupConsentAt: since });
          else if (hasFollowupData(person)) setWithdrawing(true);
          else commit({ followupConsent: false });
        }}
      />
      <AutoText
        name="followupConsentAt"
        type="date"
        label={t('people.followup.consentAt')}
        value={person.followupConsentAt}
        error={msg.followupConsentAt}
        disabled={!consent}
        onCommit={(v) => commit({ followupConsentAt: nullIfEmpty(v) })}
      />
      {!consent && (
        <Text size="sm" c="dimmed">
          {t('people.followup.disabledHint')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoSelect
          name="gender"
          label={t('people.followup.gender')}
          placeholder={t('people.followup.choose')}
          data={options.genders}
          value={person.gender}
          error={msg.gender}
          disabled={!consent}
          clearable
          onCommit={(v) => commit({ gender: v as Gender | null })}
        />
        <AutoNumber
          name="birthYear"
          label={t('people.followup.birthYear')}
          description={
            person.birthYear !== null
              ? t('people.followup.ageBandShown', { band: t(`people.option.ageBand.${ageBand(person.birthYear, year)}`) })
              : undefined
          }
          value={person.birthYear}
          error={msg.birthYear}
          disabled={!consent}
          onCommit={(v) => commit({ birthYear: v })}
        />
        <AutoSelect
          name="foreignBackground"
          label={t('people.followup.foreignBackground')}
          placeholder={t('people.followup.choose')}
          data={options.yesNo}
          value={person.foreignBackground}
          error={msg.foreignBackground}
          disabled={!consent}
          clearable
          onCommit={(v) => commit({ foreignBackground: v as YesNoUnstated | null })}
        />
        <AutoSelect
          name="thirdCountryNational"
          label={t('people.followup.thirdCountryNational')}
          placeholder={t('people.followup.choose')}
          data={options.yesNo}
          value={person.thirdCountryNational}
          error={msg.thirdCountryNational}
          disabled={!consent}
          clearable
          onCommit={(v) => commit({ thirdCountryNational: v as YesNoUnstated | null })}
        />
        <AutoSelect
          name="disability"
          label={t('people.followup.disability')}
          placeholder={t('people.followup.choose')}
          data={options.yesNo}
          value={person.disability}
          error={msg.disability}
          disabled={!consent}
          clearable
          onCommit={(v) => commit({ disability: v as YesNoUnstated | null })}
        />
        <AutoSelect
          name="educationLevel"
          label={t('people.followup.educationLevel')}
          placeholder={t('people.followup.choose')}
          data={options.education}
          value={person.educationLevel}
          error={msg.educationLevel}
          disabled={!consent}
          clearable
          onCommit={(v) => commit({ educationLevel: v as EducationLevel | null })}
        />
        <AutoSelect
          name="employmentStatus"
          label={t('people.followup.employmentStatus')}
          placeholder={t('people.followup.choose')}
          data={options.employment}
          value={person.employmentStatus}
          error={msg.employmentStatus}
          disabled={!consent}
          clearable
          onCommit={(v) => commit({ employmentStatus: v as EmploymentStatus | null })}
        />
      </SimpleGrid>
      <AutoText
        name="accessibilityNeeds"
        multiline
        label={t('people.followup.accessibilityNeeds')}
        placeholder={t('people.followup.accessibilityNeedsPlaceholder')}
        value={person.accessibilityNeeds}
        error={msg.accessibilityNeeds}
        disabled={!consent}
        onCommit={(v) => commit({ accessibilityNeeds: v })}
      />

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

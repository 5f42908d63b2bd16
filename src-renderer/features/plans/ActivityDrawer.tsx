import { useState } from 'react';
import { Button, Divider, Drawer, Group, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { notifySuccess } from '../../lib/errors';
import { AutoDate, AutoDecimal, AutoSelect, AutoText } from '../../lib/fields';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { ACTIVITY_LEVELS, ACTIVITY_STATUSES, activityFieldSchemas } from '@shared/api/plans';
import type { Activity, ActivityLevel, ActivityStatus } from '@shared/api/plans';
import { ProgrammeShareField } from '../aid';
import { usePlan } from './planStore';
import { SessionsPanel } from './SessionsPanel';

export function ActivityDrawer({ activityId, onClose }: { activityId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const plan = usePlan((s) => s.plan);
  const activity = plan?.activities.find((a) => a.id === activityId) ?? null;
  return (
    <Drawer
      opened={activity !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Group gap="md">
          <Title order={2} size="h4">
            {t('plans.activity.drawerTitle')}
          </Title>
          <SaveIndicator />
        </Group>
      }
    >
      {activity && <ActivityForm key={activity.id} activity={activity} onRemoved={onClose} />}
    </Drawer>
  );
}

function useActivityForm(activity: Activity) {
  const saved = usePlan((s) => s.saved);
  return useAutosave({
    scope: `activity:${activity.id}`,
    schemas: activityFieldSchemas,
    record: activity,
    send: (patch) => invoke('activities.update', { id: activity.id, patch }),
    onSaved: saved,
  });
}

type ActivityFormApi = ReturnType<typeof useActivityForm>;

/** What, who, which competences, with whom: the activity's plan. */
function WhatFields({ activity, form }: { activity: Activity; form: ActivityFormApi }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'sv' ? 'sv' : 'en';
  const plan = usePlan((s) => s.plan)!;
  const types = usePlan((s) => s.types);
  const providers = usePlan((s) => s.providers);
  const type = types.find((x) => x.id === activity.typeId);
  const { errors: msg, commit } = form;
  const choose = { searchable: true, clearable: true, comboboxProps: { withinPortal: true } };
  return (
    <>
      <AutoText {...form.fields.title} label={t('plans.activity.title')} required />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoSelect
          {...form.fields.typeId}
          label={t('plans.activity.type')}
          description={type ? t('plans.activity.typeHint', { hours: type.typicalHours }) : undefined}
          data={types.map((x) => ({ value: x.id, label: x.name[lang] }))}
          clearable
        />
        <AutoSelect
          {...form.fields.level}
          label={t('plans.activity.level')}
          data={ACTIVITY_LEVELS.map((l) => ({ value: l, label: t(`plans.level.${l}`) }))}
          onCommit={(v) => v && commit({ level: v as ActivityLevel })}
        />
      </SimpleGrid>
      <MultiSelect
        {...choose}
        label={t('plans.activity.participants')}
        data={plan.people.map((p) => ({ value: p.id, label: p.name }))}
        value={activity.personIds}
        error={msg.personIds}
        onChange={(v) => commit({ personIds: v })}
        data-testid="activity-participants"
      />
      <MultiSelect
        {...choose}
        label={t('plans.activity.competences')}
        data={plan.competences.map((c) => ({ value: c.id, label: c.name[lang] }))}
        value={activity.competenceIds}
        error={msg.competenceIds}
        onChange={(v) => commit({ competenceIds: v })}
      />
      <AutoSelect
        {...form.fields.providerId}
        label={t('plans.activity.provider')}
        placeholder={t('plans.providers.none')}
        data={providers.map((p) => ({ value: p.id, label: p.name }))}
        clearable
      />
    </>
  );
}

/** When, how much, paid by whom, and how it went. */
function WhenFields({ activity, form }: { activity: Activity; form: ActivityFormApi }) {
  const { t } = useTranslation();
  const done = activity.status === 'done';
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoDate {...form.fields.plannedStart} label={t('plans.activity.plannedStart')} />
        <AutoDate {...form.fields.plannedEnd} label={t('plans.activity.plannedEnd')} min={form.fields.plannedStart.value} />
        <AutoDecimal {...form.fields.hours} label={t('plans.activity.hours')} />
        <AutoDecimal {...form.fields.costSek} label={t('plans.activity.costSek')} />
        <AutoText {...form.fields.fundingSource} label={t('plans.activity.fundingSource')} />
        <AutoText {...form.fields.responsible} label={t('plans.activity.responsible')} />
      </SimpleGrid>
      <ProgrammeShareField activity={activity} field={form.fields.programmeShareSek} />
      <AutoSelect
        {...form.fields.status}
        label={t('plans.activity.status')}
        data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
        onCommit={(v) => v && form.commit({ status: v as ActivityStatus })}
      />

      <Divider mt="sm" />
      <Title order={3} size="h5">
        {t('plans.activity.outcomeTitle')}
      </Title>
      {!done && (
        <Text size="sm" c="dimmed">
          {t('plans.activity.outcomeHint')}
        </Text>
      )}
      <AutoSelect
        {...form.fields.outcomeRating}
        value={activity.outcomeRating === null ? null : String(activity.outcomeRating)}
        onCommit={(v) => form.commit({ outcomeRating: v === null ? null : Number(v) })}
        label={t('plans.activity.outcomeRating')}
        data={['1', '2', '3', '4', '5']}
        disabled={!done && activity.outcomeRating === null}
        clearable
      />
      <AutoText
        {...form.fields.outcomeComment}
        multiline
        label={t('plans.activity.outcomeComment')}
        disabled={!done && activity.outcomeComment === null}
      />
    </>
  );
}

function ActivityForm({ activity, onRemoved }: { activity: Activity; onRemoved(): void }) {
  const { t } = useTranslation();
  const remove = usePlan((s) => s.remove);
  const [removing, setRemoving] = useState(false);
  const form = useActivityForm(activity);
  const internalLabel = (
    <Group gap={4} component="span">
      <IconLock size={14} aria-hidden />
      {t('plans.activity.internalNote')}
    </Group>
  );

  return (
    <Stack gap="md" data-testid="activity-form">
      <WhatFields activity={activity} form={form} />
      <WhenFields activity={activity} form={form} />
      <Divider mt="sm" />
      <SessionsPanel activity={activity} waiverField={form.fields.attendanceWaiver} />
      <AutoText
        {...form.fields.accessibilityAdaptations}
        multiline
        label={t('plans.activity.accessibilityAdaptations')}
        description={t('plans.activity.accessibilityHint')}
      />
      <Divider mt="sm" />
      <AutoText {...form.fields.internalNote} multiline label={internalLabel} description={t('plans.activity.internalHint')} />

      <Group justify="flex-end">
        <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setRemoving(true)}>
          {t('plans.activity.delete')}
        </Button>
      </Group>
      <ConfirmModal
        opened={removing}
        title={t('plans.activity.deleteTitle')}
        body={t('plans.activity.deleteBody', { title: activity.title })}
        confirm={t('common.delete')}
        onClose={() => setRemoving(false)}
        onConfirm={() =>
          void remove(activity.id).then((ok) => {
            setRemoving(false);
            if (ok) {
              notifySuccess(t('plans.activity.deleted'));
              onRemoved();
            }
          })
        }
      />
    </Stack>
  );
}

import { useState } from 'react';
import { Button, Divider, Drawer, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { notifySuccess } from '../../lib/errors';
import { AutoSelect, AutoText } from '../../lib/fields';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { ACTIVITY_LEVELS, ACTIVITY_STATUSES, activityFieldSchemas } from '@shared/api/plans';
import type { Activity, ActivityLevel, ActivityStatus, ActivityTypeId } from '@shared/api/plans';
import { usePlan } from './planStore';

const nullIfEmpty = (v: string): string | null => (v.trim() === '' ? null : v);

/** Hours and kronor may have decimals; typed with the UI language's decimal separator. */
function AutoDecimal({
  label,
  name,
  value,
  error,
  onCommit,
}: {
  label: string;
  name: string;
  value: number | null;
  error?: string;
  onCommit(value: number | null): void;
}) {
  const { i18n } = useTranslation();
  const [draft, setDraft] = useState<string | number>(value ?? '');
  const [editing, setEditing] = useState(false);
  const shown = editing ? draft : (value ?? '');
  return (
    <NumberInput
      label={label}
      name={name}
      value={shown}
      error={error || undefined}
      decimalSeparator={i18n.language === 'sv' ? ',' : '.'}
      allowNegative
      hideControls
      clampBehavior="none"
      onFocus={() => {
        setDraft(value ?? '');
        setEditing(true);
      }}
      onChange={setDraft}
      onBlur={() => {
        setEditing(false);
        onCommit(draft === '' ? null : Number(draft));
      }}
    />
  );
}

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

function ActivityForm({ activity, onRemoved }: { activity: Activity; onRemoved(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'sv' ? 'sv' : 'en';
  const plan = usePlan((s) => s.plan)!;
  const types = usePlan((s) => s.types);
  const providers = usePlan((s) => s.providers);
  const saved = usePlan((s) => s.saved);
  const remove = usePlan((s) => s.remove);
  const [removing, setRemoving] = useState(false);
  const { errors: msg, commit } = useAutosave({
    scope: `activity:${activity.id}`,
    schemas: activityFieldSchemas,
    record: activity,
    send: (patch) => invoke('activities.update', { id: activity.id, patch }),
    onSaved: saved,
  });
  const type = types.find((x) => x.id === activity.typeId);
  const done = activity.status === 'done';

  return (
    <Stack gap="md" data-testid="activity-form">
      <AutoText
        name="title"
        label={t('plans.activity.title')}
        value={activity.title}
        error={msg.title}
        required
        onCommit={(v) => commit({ title: v })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoSelect
          name="typeId"
          label={t('plans.activity.type')}
          description={type ? t('plans.activity.typeHint', { hours: type.typicalHours }) : undefined}
          data={types.map((x) => ({ value: x.id, label: x.name[lang] }))}
          value={activity.typeId}
          error={msg.typeId}
          clearable
          onCommit={(v) => commit({ typeId: v as ActivityTypeId | null })}
        />
        <AutoSelect
          name="level"
          label={t('plans.activity.level')}
          data={ACTIVITY_LEVELS.map((l) => ({ value: l, label: t(`plans.level.${l}`) }))}
          value={activity.level}
          error={msg.level}
          onCommit={(v) => v && commit({ level: v as ActivityLevel })}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('plans.activity.participants')}
        data={plan.people.map((p) => ({ value: p.id, label: p.name }))}
        value={activity.personIds}
        error={msg.personIds}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
        onChange={(v) => commit({ personIds: v })}
        data-testid="activity-participants"
      />
      <MultiSelect
        label={t('plans.activity.competences')}
        data={plan.competences.map((c) => ({ value: c.id, label: c.name[lang] }))}
        value={activity.competenceIds}
        error={msg.competenceIds}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
        onChange={(v) => commit({ competenceIds: v })}
      />
      <AutoSelect
        name="providerId"
        label={t('plans.activity.provider')}
        placeholder={t('plans.providers.none')}
        data={providers.map((p) => ({ value: p.id, label: p.name }))}
        value={activity.providerId}
        error={msg.providerId}
        clearable
        onCommit={(v) => commit({ providerId: v })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText
          name="plannedStart"
          type="date"
          label={t('plans.activity.plannedStart')}
          value={activity.plannedStart}
          error={msg.plannedStart}
          onCommit={(v) => commit({ plannedStart: nullIfEmpty(v) })}
        />
        <AutoText
          name="plannedEnd"
          type="date"
          label={t('plans.activity.plannedEnd')}
          value={activity.plannedEnd}
          error={msg.plannedEnd}
          onCommit={(v) => commit({ plannedEnd: nullIfEmpty(v) })}
        />
        <AutoDecimal
          name="hours"
          label={t('plans.activity.hours')}
          value={activity.hours}
          error={msg.hours}
          onCommit={(v) => commit({ hours: v })}
        />
        <AutoDecimal
          name="costSek"
          label={t('plans.activity.costSek')}
          value={activity.costSek}
          error={msg.costSek}
          onCommit={(v) => commit({ costSek: v })}
        />
        <AutoText
          name="fundingSource"
          label={t('plans.activity.fundingSource')}
          value={activity.fundingSource}
          error={msg.fundingSource}
          onCommit={(v) => commit({ fundingSource: v })}
        />
        <AutoText
          name="responsible"
          label={t('plans.activity.responsible')}
          value={activity.responsible}
          error={msg.responsible}
          onCommit={(v) => commit({ responsible: v })}
        />
      </SimpleGrid>
      <AutoSelect
        name="status"
        label={t('plans.activity.status')}
        data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
        value={activity.status}
        error={msg.status}
        onCommit={(v) => v && commit({ status: v as ActivityStatus })}
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
        name="outcomeRating"
        label={t('plans.activity.outcomeRating')}
        data={['1', '2', '3', '4', '5']}
        value={activity.outcomeRating === null ? null : String(activity.outcomeRating)}
        error={msg.outcomeRating}
        disabled={!done && activity.outcomeRating === null}
        clearable
        onCommit={(v) => commit({ outcomeRating: v === null ? null : Number(v) })}
      />
      <AutoText
        name="outcomeComment"
        multiline
        label={t('plans.activity.outcomeComment')}
        value={activity.outcomeComment}
        error={msg.outcomeComment}
        disabled={!done && activity.outcomeComment === null}
        onCommit={(v) => commit({ outcomeComment: v })}
      />

      <AutoText
        name="accessibilityAdaptations"
        multiline
        label={t('plans.activity.accessibilityAdaptations')}
        description={t('plans.activity.accessibilityHint')}
        value={activity.accessibilityAdaptations}
        error={msg.accessibilityAdaptations}
        onCommit={(v) => commit({ accessibilityAdaptations: v })}
      />

      <Divider mt="sm" />
      <AutoText
        name="internalNote"
        multiline
        label={
          <Group gap={4} component="span">
            <IconLock size={14} aria-hidden />
            {t('plans.activity.internalNote')}
          </Group>
        }
        description={t('plans.activity.internalHint')}
        value={activity.internalNote}
        error={msg.internalNote}
        onCommit={(v) => commit({ internalNote: v })}
      />

      <Group justify="flex-end">
        <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setRemoving(true)}>
          {t('plans.activity.delete')}
        </Button>
      </Group>
      <Modal opened={removing} onClose={() => setRemoving(false)} title={t('plans.activity.deleteTitle')} zIndex={400}>
        <Stack gap="md">
          <Text>{t('plans.activity.deleteBody', { title: activity.title })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRemoving(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              onClick={() =>
                void remove(activity.id).then((ok) => {
                  setRemoving(false);
                  if (ok) {
                    notifySuccess(t('plans.activity.deleted'));
                    onRemoved();
                  }
                })
              }
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

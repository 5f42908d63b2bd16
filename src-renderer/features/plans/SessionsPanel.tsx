import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../../api/client';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { DateField } from '../../lib/DateField';
import { clock } from '../../lib/clock';
import { fieldMessageKey, notifyError, notifySuccess } from '../../lib/errors';
import { AutoDate, AutoDecimal, AutoText, emptyToNull } from '../../lib/fields';
import { useFormat } from '../../lib/format';
import { useSaveStatus } from '../../lib/saveStatus';
import { activityActualHours } from '@shared/domain/attendance';
import type { Activity } from '@shared/api/plans';
import type { ActivitySession } from '@shared/api/sessions';
import { usePlan } from './planStore';

/** Field errors by the issue's path (`date`, `hours`, `attendance.2.hours`), translated. */
type PathErrors = Record<string, string>;

/** A refused "done" waits on the sessions: once they change, the status field's old refusal no longer holds. */
function forgetDoneRefusal(activityId: string) {
  const scope = `activity:${activityId}`;
  const status = useSaveStatus.getState().errors[scope]?.['status'];
  if (status?.key === 'errors.field.plan.doneNeedsAttendance') useSaveStatus.getState().setErrors(scope, { status: null });
}

/**
 * Sends one session write; the activity it answers goes to the plan (and its totals). A refusal is shown at its
 * fields (the service names them: `date`, `hours`, `attendance.<i>.hours`); anything else as a message.
 */
function useSessionWrite() {
  const { t } = useTranslation();
  const saved = usePlan((s) => s.saved);
  const [errors, setErrors] = useState<PathErrors>({});
  async function write(work: () => Promise<Activity>): Promise<boolean> {
    try {
      const activity = await useSaveStatus.getState().track(work);
      saved(activity);
      setErrors({});
      forgetDoneRefusal(activity.id);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const next: PathErrors = {};
        for (const issue of error.issues) next[issue.path.replace(/^patch\./, '')] ??= t(fieldMessageKey(issue.message));
        setErrors(next);
      } else notifyError(error);
      return false;
    }
  }
  return { errors, write };
}

/** Who of the participants attended, and for how long: a row per participant, a tick and the hours. */
function AttendanceGrid({ session, people }: { session: ActivitySession; people: Array<{ id: string; name: string }> }) {
  const { t, i18n } = useTranslation();
  const { errors, write } = useSessionWrite();
  const attended = new Map(session.attendance.map((a) => [a.personId, a.hours]));
  const save = (next: Map<string, number>) =>
    void write(() =>
      invoke('sessions.update', { id: session.id, patch: { attendance: [...next].map(([personId, hours]) => ({ personId, hours })) } }),
    );
  const toggle = (personId: string, on: boolean) => {
    const next = new Map(attended);
    if (on) next.set(personId, session.hours);
    else next.delete(personId);
    save(next);
  };
  const setHours = (personId: string, hours: number | string) => {
    if (hours === '' || Number(hours) === attended.get(personId)) return;
    save(new Map(attended).set(personId, Number(hours)));
  };
  const index = [...attended.keys()];
  return (
    <Table verticalSpacing={4} data-testid="attendance-grid">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('plans.sessions.participant')}</Table.Th>
          <Table.Th scope="col">{t('plans.sessions.attended')}</Table.Th>
          <Table.Th scope="col">{t('plans.sessions.hours')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((p) => {
          const hours = attended.get(p.id);
          const error = errors[`attendance.${index.indexOf(p.id)}.hours`] ?? errors[`attendance.${index.indexOf(p.id)}.personId`];
          return (
            <Table.Tr key={p.id} data-person-id={p.id}>
              <Table.Th scope="row" fw={400}>
                {p.name}
              </Table.Th>
              <Table.Td>
                <Checkbox
                  checked={hours !== undefined}
                  aria-label={t('plans.sessions.attendedBy', { name: p.name })}
                  onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  key={`${p.id}:${hours ?? ''}`}
                  aria-label={t('plans.sessions.hoursOf', { name: p.name })}
                  defaultValue={hours ?? ''}
                  disabled={hours === undefined}
                  decimalSeparator={i18n.language === 'sv' ? ',' : '.'}
                  hideControls
                  size="xs"
                  w={90}
                  error={error}
                  onBlur={(e) => setHours(p.id, e.currentTarget.value.replace(',', '.'))}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** One session: its date and hours (edited in place), who attended, and deleting it. */
function SessionCard({ session, people }: { session: ActivitySession; people: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { errors, write } = useSessionWrite();
  const [removing, setRemoving] = useState(false);
  const date = fmt.date(session.date);
  const update = (patch: { date?: string; hours?: number; note?: string | null }) =>
    void write(() => invoke('sessions.update', { id: session.id, patch }));
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('plans.sessions.session', { date })} data-testid="session">
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <AutoDate
          name="date"
          label={t('plans.sessions.date')}
          value={session.date}
          error={errors['date']}
          onCommit={(v) => v && v !== session.date && update({ date: v })}
          past
        />
        <AutoDecimal
          name="hours"
          label={t('plans.sessions.hours')}
          value={session.hours}
          error={errors['hours']}
          onCommit={(v) => v !== null && v !== session.hours && update({ hours: v })}
        />
        <AutoText
          name="note"
          label={t('plans.sessions.note')}
          value={session.note}
          error={errors['note']}
          onCommit={(v) => update({ note: emptyToNull(v) })}
        />
        <ActionIcon
          variant="subtle"
          color="red.9"
          mt={26}
          aria-label={t('plans.sessions.delete', { date })}
          onClick={() => setRemoving(true)}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
      {people.length > 0 && session.attendance.length === 0 && (
        <Text size="sm" fw={600} mt="xs">
          {t('plans.sessions.notTaken')}
        </Text>
      )}
      {people.length > 0 && <AttendanceGrid session={session} people={people} />}
      <ConfirmModal
        opened={removing}
        title={t('plans.sessions.deleteTitle')}
        body={t('plans.sessions.deleteBody', { date })}
        confirm={t('common.delete')}
        onClose={() => setRemoving(false)}
        onConfirm={() =>
          void write(() => invoke('sessions.delete', { id: session.id })).then((ok) => {
            setRemoving(false);
            if (ok) notifySuccess(t('plans.sessions.deleted'));
          })
        }
      />
    </Paper>
  );
}

/** A new session: today and the activity's usual hours to begin with; everyone attended until the advisor says not. */
function AddSession({ activity, people }: { activity: Activity; people: Array<{ id: string; name: string }> }) {
  const { t, i18n } = useTranslation();
  const { errors, write } = useSessionWrite();
  // Today, or the activity's last day when it has ended: a date the session may have.
  const [date, setDate] = useState(() =>
    activity.plannedEnd !== null && activity.plannedEnd < clock.today() ? activity.plannedEnd : clock.today(),
  );
  const [hours, setHours] = useState<number | string>('');
  const add = () => {
    const h = Number(String(hours).replace(',', '.'));
    void write(() =>
      invoke('sessions.create', {
        activityId: activity.id,
        date,
        hours: hours === '' ? Number.NaN : h,
        note: null,
        attendance: people.map((p) => ({ personId: p.id, hours: h })),
      }),
    ).then((ok) => ok && setHours(''));
  };
  return (
    <form
      aria-label={t('plans.sessions.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <Group align="flex-start" gap="sm">
        <DateField
          label={t('plans.sessions.date')}
          value={date}
          onChange={setDate}
          error={errors['date']}
          past
          style={{ width: 170 }}
          data-testid="new-session-date"
        />
        <NumberInput
          label={t('plans.sessions.hours')}
          value={hours}
          onChange={setHours}
          decimalSeparator={i18n.language === 'sv' ? ',' : '.'}
          hideControls
          error={errors['hours']}
          w={110}
          data-testid="new-session-hours"
        />
        <Button type="submit" mt={25} variant="light" leftSection={<IconPlus size={16} aria-hidden />} data-testid="add-session">
          {t('plans.sessions.add')}
        </Button>
      </Group>
    </form>
  );
}

interface WaiverField {
  name: string;
  value: string | null;
  error?: string;
  onCommit(value: string): void;
}

/** The activity's sessions with their attendance grids, a new session, and the reason when there are none. */
export function SessionsPanel({ activity, waiverField }: { activity: Activity; waiverField: WaiverField }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const plan = usePlan((s) => s.plan)!;
  const people = activity.personIds.flatMap((id) => plan.people.filter((p) => p.id === id));
  const planned = activity.hours === null ? t('common.notSet') : fmt.number(activity.hours);
  return (
    <Stack gap="sm" data-testid="sessions-panel">
      <Title order={3} size="h5">
        {t('plans.sessions.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('plans.sessions.intro')}
      </Text>
      <Text size="sm" fw={600} data-testid="sessions-summary">
        {t('plans.sessions.summary', { planned, actual: fmt.number(activityActualHours(activity.sessions)) })}
      </Text>
      {people.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('plans.sessions.noParticipants')}
        </Text>
      )}
      {activity.sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.sessions.none')}
        </Text>
      ) : (
        activity.sessions.map((s) => <SessionCard key={`${s.id}:${s.updatedAt}`} session={s} people={people} />)
      )}
      <AddSession activity={activity} people={people} />
      <AutoText {...waiverField} multiline label={t('plans.sessions.waiver')} description={t('plans.sessions.waiverHint')} />
    </Stack>
  );
}

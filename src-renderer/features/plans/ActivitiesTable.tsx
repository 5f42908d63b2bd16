import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { Activity, ActivityStatus } from '@shared/api/plans';
import { activityActualHours } from '@shared/domain/attendance';
import { usePlan } from './planStore';

export const STATUS_COLOR: Record<ActivityStatus, string> = {
  planned: 'gray',
  booked: 'blue',
  // Not yellow: a light yellow badge's text (yellow 9 on its tint) is below WCAG AA contrast.
  ongoing: 'cyan',
  done: 'forest',
  cancelled: 'red',
};

/** One level's activities; a row's title opens it in the drawer. */
export function ActivitiesTable({ activities, caption, onOpen }: { activities: Activity[]; caption: string; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'sv' ? 'sv' : 'en';
  const plan = usePlan((s) => s.plan)!;
  const types = usePlan((s) => s.types);
  const providers = usePlan((s) => s.providers);
  const people = new Map(plan.people.map((p) => [p.id, p.name]));
  const none = t('common.notSet');
  if (activities.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {caption}: {t('plans.activities.noneAtLevel')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plans.activities.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('plans.activities.columns.type')}</Table.Th>
            <Table.Th scope="col">{t('plans.activities.columns.participants')}</Table.Th>
            <Table.Th scope="col">{t('plans.activities.columns.provider')}</Table.Th>
            <Table.Th scope="col">{t('plans.activities.columns.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('plans.activities.columns.plannedHours')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('plans.activities.columns.actualHours')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('plans.activities.columns.cost')}
            </Table.Th>
            <Table.Th scope="col">{t('plans.activities.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr key={a.id} data-activity-id={a.id}>
              <Table.Td>
                <UnstyledButton
                  onClick={() => onOpen(a.id)}
                  aria-label={t('plans.activities.edit', { title: a.title })}
                  style={{ textDecoration: 'underline', color: 'var(--mantine-color-anchor)' }}
                  data-testid="open-activity"
                >
                  {a.title}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>{types.find((x) => x.id === a.typeId)?.name[lang] ?? none}</Table.Td>
              <Table.Td>
                {a.personIds
                  .map((id) => people.get(id))
                  .filter(Boolean)
                  .join(', ') || none}
              </Table.Td>
              <Table.Td>{providers.find((p) => p.id === a.providerId)?.name ?? none}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {a.plannedStart ? fmt.date(a.plannedStart) : none}
                {a.plannedEnd && a.plannedEnd !== a.plannedStart ? ` – ${fmt.date(a.plannedEnd)}` : ''}
              </Table.Td>
              <Table.Td ta="right">{a.hours === null ? none : fmt.number(a.hours)}</Table.Td>
              <Table.Td ta="right" data-testid="actual-hours">
                {a.sessions.length === 0 ? none : fmt.number(activityActualHours(a.sessions))}
              </Table.Td>
              <Table.Td ta="right">{a.costSek === null ? none : fmt.number(a.costSek)}</Table.Td>
              <Table.Td style={{ minWidth: 130 }}>
                <Badge color={STATUS_COLOR[a.status]} variant="light" style={{ overflow: 'visible' }}>
                  {t(`plans.status.${a.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

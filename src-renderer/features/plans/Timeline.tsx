import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@shared/api/plans';
import { STATUS_COLOR } from './ActivitiesTable';
import { intlLocale } from '../../lib/numberFormat';

const MAX_MONTHS = 24;

const monthOf = (iso: string) => iso.slice(0, 7);

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  while (out.length < MAX_MONTHS) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= to) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Months × activities as a table: a filled cell is a month the activity runs in (cancelled ones left out). */
export function Timeline({ activities }: { activities: Activity[] }) {
  const { t, i18n } = useTranslation();
  const dated = activities.filter((a) => a.plannedStart !== null && a.status !== 'cancelled');
  const undated = activities.filter((a) => a.plannedStart === null && a.status !== 'cancelled').length;
  if (dated.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.timeline.empty')}
      </Text>
    );
  }
  const first = dated.map((a) => monthOf(a.plannedStart!)).sort()[0]!;
  const last = dated
    .map((a) => monthOf(a.plannedEnd ?? a.plannedStart!))
    .sort()
    .at(-1)!;
  const months = monthsBetween(first, last);
  const fmt = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const label = (m: string) => fmt.format(new Date(`${m}-01T00:00:00Z`));
  return (
    <>
      <Table.ScrollContainer minWidth={Math.max(480, 200 + months.length * 48)}>
        <Table withColumnBorders verticalSpacing={4} horizontalSpacing={4} captionSide="top" data-testid="timeline">
          <Table.Caption style={{ textAlign: 'left' }}>{t('plans.timeline.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plans.timeline.activity')}</Table.Th>
              {months.map((m) => (
                <Table.Th scope="col" key={m} ta="center" fz="xs">
                  {label(m)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dated.map((a) => {
              const from = monthOf(a.plannedStart!);
              const to = monthOf(a.plannedEnd ?? a.plannedStart!);
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={400} fz="sm">
                    {a.title}
                  </Table.Th>
                  {months.map((m) => {
                    const on = m >= from && m <= to;
                    return (
                      <Table.Td key={m} p={2}>
                        {on && (
                          <>
                            <div
                              style={{ height: 14, borderRadius: 3, background: `var(--mantine-color-${STATUS_COLOR[a.status]}-6)` }}
                              aria-hidden
                            />
                            <VisuallyHidden>
                              {t('plans.timeline.inMonth', { month: long.format(new Date(`${m}-01T00:00:00Z`)) })}
                            </VisuallyHidden>
                          </>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {undated > 0 && (
        <Text size="sm" c="dimmed">
          {t('plans.timeline.undated', { count: undated })}
        </Text>
      )}
    </>
  );
}

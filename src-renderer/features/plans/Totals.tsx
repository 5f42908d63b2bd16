import type { ReactNode } from 'react';
import { Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { TableHead, type HeadColumn } from '../../lib/TableHead';
import { ACTIVITY_STATUSES } from '@shared/api/plans';
import type { PlanTotals } from '@shared/api/plans';

const GENDER_ORDER = ['woman', 'man', 'non_binary', 'not_stated'] as const;

/** One headline figure: what it is above, the figure in bold below. */
function Figure({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

interface FigureRow {
  key: string;
  label: string;
  figures: ReactNode[];
}

/** One of the small tables under the figures: rows named in the first column, figures right-aligned after it. */
interface FiguresTableProps {
  span: number;
  title: string;
  head?: HeadColumn[];
  rows: FigureRow[];
  testId?: string;
  children?: ReactNode;
}

function FiguresTable({ span, title, head, rows, testId, children }: FiguresTableProps) {
  return (
    <Grid.Col span={{ base: 12, md: span }}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Table verticalSpacing={4} data-testid={testId}>
        {head && <TableHead columns={head} />}
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              {r.figures.map((f, i) => (
                <Table.Td key={i} ta="right">
                  {f}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {children}
    </Grid.Col>
  );
}

/** The plan's participant-hours: each activity's hours once for every participant, the figure split by person and gender. */
export function participantHours(totals: PlanTotals): number {
  return GENDER_ORDER.reduce((sum, g) => sum + totals.hoursByGender[g], 0);
}

export function Totals({ totals }: { totals: PlanTotals }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const activityHours = { label: t('plans.totals.activityHours'), numeric: true };
  return (
    <Stack gap="md" data-testid="totals">
      <Group gap="xl">
        <Figure label={t('plans.totals.activityHours')} testId="total-hours">
          {fmt.number(totals.totalHours)}
        </Figure>
        <Figure label={t('plans.totals.actualActivityHours')} testId="total-actual-hours">
          {fmt.number(totals.totalActualHours)}
        </Figure>
        <Figure label={t('plans.totals.participantHours')} testId="total-participant-hours">
          {fmt.number(participantHours(totals))}
        </Figure>
        <Figure label={t('plans.totals.totalCost')} testId="total-cost">
          {t('plans.totals.sek', { amount: fmt.number(totals.totalCostSek) })}
        </Figure>
      </Group>
      <Text size="sm" c="dimmed" data-testid="hours-help">
        {t('plans.totals.hoursHelp')} {t('plans.totals.excludesCancelled')}
      </Text>
      <Grid>
        <FiguresTable
          span={5}
          title={t('plans.totals.participantHoursByPerson')}
          head={[
            { label: t('plans.totals.person') },
            { label: t('plans.totals.planned'), numeric: true },
            { label: t('plans.totals.actual'), numeric: true },
          ]}
          rows={totals.hoursByPerson.map((p) => ({
            key: p.personId,
            label: p.name,
            figures: [fmt.number(p.hours), fmt.number(p.actualHours)],
          }))}
          testId="hours-by-person"
        />
        <FiguresTable
          span={3}
          title={t('plans.totals.participantHoursByGender')}
          testId="hours-by-gender"
          rows={GENDER_ORDER.map((g) => ({
            key: g,
            label: g === 'not_stated' ? t('plans.totals.genderNotStated') : t(`people.option.gender.${g}`),
            figures: [fmt.number(totals.hoursByGender[g])],
          }))}
        >
          <Text size="xs" c="dimmed" mt={4}>
            {t('plans.totals.genderNote')}
          </Text>
        </FiguresTable>
        <FiguresTable
          span={4}
          title={t('plans.totals.byStatus')}
          head={[{ label: t('plans.activity.status') }, { label: t('plans.totals.count'), numeric: true }, activityHours]}
          rows={ACTIVITY_STATUSES.map((s) => ({
            key: s,
            label: t(`plans.status.${s}`),
            figures: [totals.byStatus[s].count, fmt.number(totals.byStatus[s].hours)],
          }))}
        />
      </Grid>
    </Stack>
  );
}

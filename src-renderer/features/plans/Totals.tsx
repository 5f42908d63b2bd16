import { Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { ACTIVITY_STATUSES } from '@shared/api/plans';
import type { PlanTotals } from '@shared/api/plans';

const GENDER_ORDER = ['woman', 'man', 'non_binary', 'not_stated'] as const;

export function Totals({ totals }: { totals: PlanTotals }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="md" data-testid="totals">
      <Group gap="xl">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('plans.totals.totalHours')}
          </Text>
          <Text fw={700} size="lg" data-testid="total-hours">
            {fmt.number(totals.totalHours)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('plans.totals.totalCost')}
          </Text>
          <Text fw={700} size="lg" data-testid="total-cost">
            {t('plans.totals.sek', { amount: fmt.number(totals.totalCostSek) })}
          </Text>
        </Stack>
      </Group>
      <Text size="sm" c="dimmed">
        {t('plans.totals.excludesCancelled')}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Title order={3} size="h5" mb="xs">
            {t('plans.totals.hoursByPerson')}
          </Title>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plans.totals.person')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('plans.totals.hours')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.hoursByPerson.map((p) => (
                <Table.Tr key={p.personId}>
                  <Table.Th scope="row" fw={400}>
                    {p.name}
                  </Table.Th>
                  <Table.Td ta="right">{fmt.number(p.hours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Title order={3} size="h5" mb="xs">
            {t('plans.totals.hoursByGender')}
          </Title>
          <Table verticalSpacing={4} data-testid="hours-by-gender">
            <Table.Tbody>
              {GENDER_ORDER.map((g) => (
                <Table.Tr key={g}>
                  <Table.Th scope="row" fw={400}>
                    {g === 'not_stated' ? t('plans.totals.genderNotStated') : t(`people.option.gender.${g}`)}
                  </Table.Th>
                  <Table.Td ta="right">{fmt.number(totals.hoursByGender[g])}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt={4}>
            {t('plans.totals.genderNote')}
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Title order={3} size="h5" mb="xs">
            {t('plans.totals.byStatus')}
          </Title>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plans.activity.status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('plans.totals.count')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('plans.totals.hours')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ACTIVITY_STATUSES.map((s) => (
                <Table.Tr key={s}>
                  <Table.Th scope="row" fw={400}>
                    {t(`plans.status.${s}`)}
                  </Table.Th>
                  <Table.Td ta="right">{totals.byStatus[s].count}</Table.Td>
                  <Table.Td ta="right">{fmt.number(totals.byStatus[s].hours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { hrefFor, useRouter } from '../../lib/router';
import { useScreen } from '../../lib/screen';
import { COMPANY_STATUSES } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import type { Overview } from '@shared/api/reports';
import { useCompanyList } from '../companies';

const OVERDUE_COLOUR = 'red.8';
const DIM = 'dimmed';
const SEPARATOR = ' · ';

function ListCard({ title, empty, count, children, testId }: { title: string; empty: string; count: number; children: React.ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Badge variant="light" size="lg" aria-hidden>
            {count}
          </Badge>
        </Group>
        {count === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {children}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** The advisor's start screen: companies by status, follow-ups due, rounds in progress, activities soon or overdue. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useRouter((s) => s.navigate);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useScreen('overview', overview !== null, t('reports.overview.title'));

  useEffect(() => {
    let live = true;
    invoke('overview.get', {}).then(
      (o) => live && setOverview(o),
      (e: unknown) => live && setError(translateError(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const showStatus = (status: CompanyStatus) => {
    useCompanyList.getState().setFilters({ statuses: [status] });
    navigate({ name: 'companies' });
  };

  if (error) return <Alert color="red">{error}</Alert>;
  if (!overview) {
    return (
      <Center mih={240}>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="lg" data-screen="overview" data-ready="true">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('reports.overview.title')}</Title>
          <Text c="dimmed">{t('reports.overview.intro')}</Text>
        </Stack>
        <Button component="a" href={hrefFor({ name: 'reports' })} variant="light" leftSection={<IconChartBar size={18} aria-hidden />}>
          {t('reports.overview.openReport')}
        </Button>
      </Group>

      <Card withBorder padding="md" component="section" aria-labelledby="overview-status-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="overview-status-title">
            {t('reports.overview.byStatus')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {COMPANY_STATUSES.map((s) => (
              <Button
                key={s}
                variant="default"
                h="auto"
                py="sm"
                onClick={() => showStatus(s)}
                data-testid={`overview-status-${s}`}
                data-count={overview.companiesByStatus[s]}
              >
                <Stack gap={0} align="center">
                  <Text fz={28} fw={700} lh={1.1}>
                    {fmt.number(overview.companiesByStatus[s])}
                  </Text>
                  <Text size="sm">{t(`reports.rows.statusName.${s}`)}</Text>
                </Stack>
              </Button>
            ))}
          </SimpleGrid>
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <ListCard title={t('reports.overview.dueTitle')} empty={t('reports.overview.dueEmpty')} count={overview.dueForFollowUp.length} testId="overview-due">
          {overview.dueForFollowUp.map((d) => (
            <li key={d.companyId}>
              <Anchor href={hrefFor({ name: 'plan', companyId: d.companyId })} fw={600}>
                {d.companyName}
              </Anchor>
              <Text size="sm" c={d.overdue ? OVERDUE_COLOUR : DIM}>
                {[
                  fmt.date(d.nextFollowUp),
                  d.overdue
                    ? t('reports.overview.overdueBy', { count: -d.daysLeft })
                    : d.daysLeft === 0
                      ? t('reports.overview.dueToday')
                      : t('reports.overview.dueIn', { count: d.daysLeft }),
                ].join(SEPARATOR)}
              </Text>
            </li>
          ))}
        </ListCard>
        <ListCard title={t('reports.overview.roundsTitle')} empty={t('reports.overview.roundsEmpty')} count={overview.roundsInProgress.length} testId="overview-rounds">
          {overview.roundsInProgress.map((r) => (
            <li key={r.roundId}>
              <Anchor href={hrefFor({ name: 'round', companyId: r.companyId, roundId: r.roundId })} fw={600}>
                {r.companyName}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('reports.overview.roundLine', { kind: t(`assessments.kind.${r.kind}`), date: fmt.date(r.date) })}
              </Text>
            </li>
          ))}
        </ListCard>
        <ListCard title={t('reports.overview.activitiesTitle')} empty={t('reports.overview.activitiesEmpty')} count={overview.activities.length} testId="overview-activities">
          {overview.activities.map((a) => (
            <li key={a.activityId} data-state={a.state}>
              <Anchor href={hrefFor({ name: 'plan', companyId: a.companyId })} fw={600}>
                {a.title}
              </Anchor>
              <Text size="sm">{a.companyName}</Text>
              <Text size="sm" c={a.state === 'overdue' ? OVERDUE_COLOUR : DIM}>
                {a.state === 'overdue'
                  ? t('reports.overview.overdue', { date: a.plannedEnd ? fmt.date(a.plannedEnd) : '' })
                  : t('reports.overview.soon', { date: a.plannedStart ? fmt.date(a.plannedStart) : '' })}
              </Text>
            </li>
          ))}
        </ListCard>
      </SimpleGrid>
    </Stack>
  );
}

import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { hrefFor, useRouter } from '../../lib/router';
import { useScreen } from '../../lib/screen';
import { CountCard } from '../../lib/CountCard';
import { COMPANY_STATUSES } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import type { Overview } from '@shared/api/reports';
import { useCompanyList } from '../companies';
import { StepsDueCard } from '../contacts';
import { ParticipantsDueCard } from './ParticipantsDueCard';

const OVERDUE_COLOUR = 'red.8';
const DIM = 'dimmed';
const SEPARATOR = ' · ';

/** One of the three lists: its title, count and empty text come from its name. */
function ListCard({ name, count, children }: { name: 'due' | 'rounds' | 'activities'; count: number; children: React.ReactNode }) {
  const { t } = useTranslation();
  const title = t(`reports.overview.${name}Title`);
  const empty = t(`reports.overview.${name}Empty`);
  const testId = `overview-${name}`;
  return (
    <CountCard title={title} count={count} testId={testId}>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
    </CountCard>
  );
}

/** A list entry: a link to the company's plan or round, then what the list says about it. */
function ListItem({ href, name, state, children }: { href: string; name: string; state?: string; children: React.ReactNode }) {
  return (
    <li data-state={state}>
      <Anchor href={href} fw={600}>
        {name}
      </Anchor>
      {children}
    </li>
  );
}

/** How many companies are in each status; a click lists them. */
function StatusCard({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useRouter((s) => s.navigate);
  const showStatus = (status: CompanyStatus) => {
    useCompanyList.getState().setFilters({ statuses: [status] });
    navigate({ name: 'companies' });
  };
  return (
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
  );
}

/** Companies whose follow-up is due, rounds in progress, and plan activities starting soon or overdue. */
function OverviewLists({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const when = (d: Overview['dueForFollowUp'][number]) =>
    d.overdue
      ? t('reports.overview.overdueBy', { count: -d.daysLeft })
      : d.daysLeft === 0
        ? t('reports.overview.dueToday')
        : t('reports.overview.dueIn', { count: d.daysLeft });
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <ListCard name="due" count={overview.dueForFollowUp.length}>
        {overview.dueForFollowUp.map((d) => (
          <ListItem key={d.companyId} href={hrefFor({ name: 'plan', companyId: d.companyId })} name={d.companyName}>
            <Text size="sm" c={d.overdue ? OVERDUE_COLOUR : DIM}>
              {[fmt.date(d.nextFollowUp), when(d)].join(SEPARATOR)}
            </Text>
          </ListItem>
        ))}
      </ListCard>
      <ListCard name="rounds" count={overview.roundsInProgress.length}>
        {overview.roundsInProgress.map((r) => (
          <ListItem key={r.roundId} href={hrefFor({ name: 'round', companyId: r.companyId, roundId: r.roundId })} name={r.companyName}>
            <Text size="sm" c="dimmed">
              {t('reports.overview.roundLine', { kind: t(`assessments.kind.${r.kind}`), date: fmt.date(r.date) })}
            </Text>
          </ListItem>
        ))}
      </ListCard>
      <ListCard name="activities" count={overview.activities.length}>
        {overview.activities.map((a) => (
          <ListItem key={a.activityId} href={hrefFor({ name: 'plan', companyId: a.companyId })} name={a.title} state={a.state}>
            <Text size="sm">{a.companyName}</Text>
            <Text size="sm" c={a.state === 'overdue' ? OVERDUE_COLOUR : DIM}>
              {a.state === 'overdue'
                ? t('reports.overview.overdue', { date: a.plannedEnd ? fmt.date(a.plannedEnd) : '' })
                : t('reports.overview.soon', { date: a.plannedStart ? fmt.date(a.plannedStart) : '' })}
            </Text>
          </ListItem>
        ))}
      </ListCard>
    </SimpleGrid>
  );
}

/** The advisor's start screen: companies by status, follow-ups due, rounds in progress, activities soon or overdue. */
export function OverviewScreen() {
  const { t } = useTranslation();
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
      <StatusCard overview={overview} />
      <OverviewLists overview={overview} />
      <StepsDueCard />
      <ParticipantsDueCard />
    </Stack>
  );
}

import { useState } from 'react';
import { Alert, Badge, Button, Card, Center, Grid, Group, List, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Company } from '@shared/api/companies';
import { ACTIVITY_STATUSES } from '@shared/api/plans';
import { formatDecimal, useFormat } from '../../lib/format';
import { hrefFor } from '../../lib/router';
import { StartRoundModal } from '../assessments';
import { nextStep } from './nextStep';
import type { NextStep } from './nextStep';
import { useSummaryData } from './useSummaryData';
import type { SummaryData } from './useSummaryData';

/** Scrolls to the programme details and puts focus on their first field: where enrolment happens. */
function goToProgramme() {
  const section = document.querySelector<HTMLElement>('[data-testid="section-programme"]');
  section?.scrollIntoView({ block: 'start' });
  section?.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true });
}

function nextText(t: TFunction, step: NextStep): string {
  switch (step.kind) {
    case 'continueRound':
      return t('summary.next.continueRound', { step: step.step, steps: step.steps });
    case 'followUp':
      if (step.daysLeft === 0) return t('summary.next.followUpToday');
      return step.daysLeft < 0
        ? t('summary.next.followUpOverdue', { count: -step.daysLeft })
        : t('summary.next.followUpDue', { count: step.daysLeft });
    default:
      return t(`summary.next.${step.kind}`);
  }
}

/** The next thing to do, said in one sentence, with the one button that does it. */
function NextStepCard({ company, step }: { company: Company; step: NextStep }) {
  const { t } = useTranslation();
  const [starting, setStarting] = useState<'baseline' | 'followup' | null>(null);
  const arrow = <IconArrowRight size={16} aria-hidden />;
  const plan = hrefFor({ name: 'plan', companyId: company.id });
  let action = null;
  if (step.kind === 'continueRound') {
    const href = hrefFor({ name: 'round', companyId: company.id, roundId: step.roundId });
    action = (
      <Button component="a" href={href} rightSection={arrow} data-testid="summary-action">
        {t('summary.next.continueButton')}
      </Button>
    );
  } else if (step.kind === 'startBaseline' || step.kind === 'followUp') {
    const kind = step.kind === 'startBaseline' ? 'baseline' : 'followup';
    action = (
      <Button onClick={() => setStarting(kind)} rightSection={arrow} data-testid="summary-action">
        {t(`assessments.section.start.${kind}`)}
      </Button>
    );
  } else if (step.kind === 'enrol') {
    action = (
      <Button variant="light" onClick={goToProgramme} rightSection={arrow} data-testid="summary-action">
        {t('summary.next.enrolButton')}
      </Button>
    );
  } else if (step.kind === 'plan' || step.kind === 'onTrack') {
    action = (
      <Button
        component="a"
        href={plan}
        variant={step.kind === 'plan' ? 'filled' : 'light'}
        rightSection={arrow}
        data-testid="summary-action"
      >
        {t(step.kind === 'plan' ? 'summary.next.planButton' : 'summary.next.openPlan')}
      </Button>
    );
  }
  return (
    <Card withBorder padding="md" h="100%" data-testid="summary-next" data-kind={step.kind}>
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h5">
          {t('summary.nextTitle')}
        </Title>
        <Text size="sm">{nextText(t, step)}</Text>
        {step.kind === 'enrol' && step.needs.length > 0 && (
          <div>
            <Text size="sm">{t('summary.next.enrolNeeds')}</Text>
            <List size="sm" data-testid="summary-needs">
              {step.needs.map((n) => (
                <List.Item key={n}>{t(`summary.next.need.${n}`)}</List.Item>
              ))}
            </List>
          </div>
        )}
        {action}
      </Stack>
      {starting && <StartRoundModal companyId={company.id} kind={starting} onClose={() => setStarting(null)} />}
    </Card>
  );
}

/** The latest round's level per area (1–5) against its target, as bars with the figures beside them. */
function ProfileCard({ profile }: { profile: SummaryData['profile'] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const num = (n: number) => formatDecimal(i18n.language, n);
  return (
    <Card withBorder padding="md" h="100%" data-testid="summary-profile">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('summary.profileTitle')}
        </Title>
        {!profile ? (
          <Text size="sm" c="dimmed">
            {t('summary.noRound')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('summary.profileOf', { kind: t(`assessments.kind.${profile.round.kind}`), date: fmt.date(profile.round.date) })}
            </Text>
            {!profile.summary.areas.some((a) => a.currentLevel !== null) && (
              <Text size="sm" c="dimmed">
                {t('summary.noAnswers')}
              </Text>
            )}
            {profile.summary.areas.some((a) => a.currentLevel !== null) &&
              profile.areas.map((area) => {
                const s = profile.summary.areas.find((a) => a.areaId === area.id);
                const level = s?.currentLevel ?? null;
                const title = i18n.language === 'sv' ? area.title.sv : area.title.en;
                let figure = t('summary.notAnswered');
                if (level !== null) {
                  figure = s?.targetLevel
                    ? t('summary.areaLevelTarget', { level: num(level), target: num(s.targetLevel) })
                    : t('summary.areaLevel', { level: num(level) });
                }
                return (
                  <div key={area.id}>
                    <Group justify="space-between" gap={4} wrap="wrap">
                      <Text size="xs" fw={600}>
                        {title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {figure}
                      </Text>
                    </Group>
                    <Progress value={level === null ? 0 : (level / 5) * 100} size="sm" aria-hidden />
                  </div>
                );
              })}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Activities still to be done, shown by count beside the progress bar. */
const OPEN_STATUSES = ACTIVITY_STATUSES.filter((s) => s !== 'done' && s !== 'cancelled');

/** Activities that are not cancelled. */
const liveActivities = (byStatus: SummaryData['byStatus']) =>
  byStatus.planned.count + byStatus.booked.count + byStatus.ongoing.count + byStatus.done.count;

/** How far the plan has come: activities done of those not cancelled. */
function PlanCard({ companyId, byStatus }: { companyId: string; byStatus: SummaryData['byStatus'] }) {
  const { t } = useTranslation();
  const total = liveActivities(byStatus);
  const done = byStatus.done.count;
  return (
    <Card withBorder padding="md" h="100%" data-testid="summary-plan">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('summary.planTitle')}
        </Title>
        {total === 0 ? (
          <Text size="sm" c="dimmed">
            {t('summary.noActivities')}
          </Text>
        ) : (
          <>
            <Text size="sm">{t('summary.planDone', { done, total })}</Text>
            <Progress value={(done / total) * 100} aria-label={t('summary.planTitle')} />
            <Group gap={6} wrap="wrap">
              {OPEN_STATUSES.map((s) =>
                byStatus[s].count > 0 ? (
                  <Badge key={s} variant="default" tt="none">
                    {`${t(`plans.status.${s}`)}: ${byStatus[s].count}`}
                  </Badge>
                ) : null,
              )}
            </Group>
          </>
        )}
        <Button component="a" href={hrefFor({ name: 'plan', companyId })} variant="subtle" px={0} w="fit-content">
          {t('summary.next.openPlan')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The top of the company page: status, the next thing to do, the latest round's profile and the plan's progress. */
export function CompanySummary({ company }: { company: Company }) {
  const { t } = useTranslation();
  const data = useSummaryData(company.id);
  const body = (() => {
    if (data === 'error') return <Alert color="red">{t('summary.failed')}</Alert>;
    if (!data) {
      return (
        <Center py="md">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      );
    }
    const { rounds, openStep, followUp } = data;
    const step = nextStep({ company, rounds, openStep, activities: liveActivities(data.byStatus), followUp });
    return (
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <NextStepCard company={company} step={step} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <ProfileCard profile={data.profile} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <PlanCard companyId={company.id} byStatus={data.byStatus} />
        </Grid.Col>
      </Grid>
    );
  })();
  return (
    <Stack gap="sm" component="section" aria-labelledby="summary-title" data-testid="company-summary" data-ready={data ? 'true' : 'false'}>
      {/* The status itself is the badge beside the company's name, just above. */}
      <Title order={2} size="h4" id="summary-title">
        {t('summary.title')}
      </Title>
      {body}
    </Stack>
  );
}

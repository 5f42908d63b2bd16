import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Center, Grid, Group, Loader, NavLink, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { hrefFor } from '../../lib/router';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { useScreen } from '../../lib/screen';
import { AreaStep } from './AreaStep';
import { CompetenceStep } from './CompetenceStep';
import { useRound } from './roundStore';
import { SummaryStep } from './SummaryStep';
import { BusinessCheckPrint } from './BusinessCheckPrint';
import { local, stepIds } from './types';
import type { RoundDetail } from './types';
import { VisionStep } from './VisionStep';

/**
 * After a step change, focus goes to the step's first question (its level picker), or to the step's heading when it
 * has no questions; a jump from the summary goes to the question it names. The page scrolls to the step's top, below
 * the fixed header (shell.css), so that keyboard and screen-reader users follow along.
 */
function focusLater(id: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    const question = (el.closest('section') ?? el).querySelector<HTMLElement>('[role="radio"][tabindex="0"]');
    (question ?? el).focus({ preventScroll: true });
  });
}

type Progress = { done: number; total: number };

/** Back link, kind and state of the round, who completed it, and the overall progress bar. */
function RoundHeader({ round, companyId, companyName }: { round: RoundDetail; companyId: string; companyName: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const readOnly = round.completedAt !== null;
  const totals = round.progress.reduce((acc, p) => ({ done: acc.done + p.done, total: acc.total + p.total }), { done: 0, total: 0 });
  return (
    <>
      <Anchor href={hrefFor({ name: 'company', id: companyId })} size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('assessments.round.backTo', { name: companyName })}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t(`assessments.kind.${round.kind}`)}
            </Title>
            {readOnly ? (
              <Badge color="gray" size="lg" leftSection={<IconLock size={14} aria-hidden />}>
                {t('assessments.round.completed')}
              </Badge>
            ) : (
              <Badge variant="light" size="lg">
                {t('assessments.round.open')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('assessments.round.meta', { company: companyName, date: fmt.date(round.date), advisor: round.advisor })}
          </Text>
        </Stack>
        {readOnly ? <BusinessCheckPrint roundId={round.id} /> : <SaveIndicator />}
      </Group>
      {readOnly && (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} data-testid="completed-notice">
          {t('assessments.round.completedBy', { name: round.completedBy ?? '', date: fmt.dateTime(round.completedAt!) })}
        </Alert>
      )}
      <Group gap="sm" wrap="nowrap">
        <Progress
          value={totals.total ? (totals.done / totals.total) * 100 : 0}
          style={{ flex: 1 }}
          aria-label={t('assessments.round.progressLabel')}
        />
        <Text size="sm" c="dimmed" data-testid="overall-progress">
          {t('assessments.round.progress', { done: totals.done, total: totals.total })}
        </Text>
      </Group>
    </>
  );
}

/** Done and total answers per step; the competence step sums every person's. */
function stepProgressOf(round: RoundDetail): (step: string) => Progress | null {
  const progress = new Map(round.progress.map((p) => [p.step, p]));
  const people = round.progress.filter((p) => p.step.startsWith('person:'));
  return (step) => {
    if (step === 'competences') return { done: people.reduce((s, p) => s + p.done, 0), total: people.reduce((s, p) => s + p.total, 0) };
    return progress.get(step) ?? null;
  };
}

interface StepNavProps {
  steps: string[];
  current: string;
  label(step: string): string;
  progress(step: string): Progress | null;
  go(step: string): void;
}

/** The numbered list of steps, each with its count of answers (filled in green once complete). */
function StepNav({ steps, current, label, progress, go }: StepNavProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={4} component="nav" aria-label={t('assessments.round.stepsLabel')}>
      {steps.map((step, i) => {
        const p = progress(step);
        const done = p !== null && p.total > 0 && p.done === p.total;
        return (
          <NavLink
            key={step}
            component="button"
            type="button"
            active={step === current}
            aria-current={step === current ? 'step' : undefined}
            label={`${i + 1}. ${label(step)}`}
            onClick={() => go(step)}
            data-testid={`step-${step}`}
            rightSection={
              p && step !== 'summary' ? (
                <Badge
                  size="sm"
                  variant={done ? 'filled' : 'default'}
                  color="forest"
                  leftSection={done ? <IconCircleCheck size={12} aria-hidden /> : undefined}
                >
                  {t('assessments.round.stepCount', { done: p.done, total: p.total })}
                </Badge>
              ) : undefined
            }
          />
        );
      })}
    </Paper>
  );
}

/** Previous and next under the step, with where the advisor is. */
interface StepPagerProps {
  index: number;
  count: number;
  onPrevious(): void;
  onNext(): void;
}

function StepPager({ index, count, onPrevious, onNext }: StepPagerProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="xl">
      <Button
        variant="default"
        leftSection={<IconArrowLeft size={16} aria-hidden />}
        disabled={index === 0}
        onClick={onPrevious}
        data-testid="prev-step"
      >
        {t('assessments.round.previous')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('assessments.round.stepOf', { n: index + 1, total: count })}
      </Text>
      <Button
        rightSection={<IconArrowRight size={16} aria-hidden />}
        disabled={index === count - 1}
        onClick={onNext}
        data-testid="next-step"
      >
        {t('assessments.round.next')}
      </Button>
    </Group>
  );
}

export function RoundScreen({ companyId, roundId }: { companyId: string; roundId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { round, frameworks, companyName, state, load, setStep } = useRound();
  const [personId, setPersonId] = useState<string | null>(null);
  const ready = state !== 'loading' && (state === 'notFound' || round?.id === roundId);
  useScreen('round', ready, companyName);

  useEffect(() => {
    void load(roundId);
  }, [roundId, load]);

  if (state === 'notFound') {
    return (
      <Stack data-screen="round" data-ready="true">
        <Anchor href={hrefFor({ name: 'company', id: companyId })}>{t('assessments.round.back')}</Anchor>
        <Alert color="red">{t('errors.assessment.roundNotFound')}</Alert>
      </Stack>
    );
  }
  if (!round || round.id !== roundId || !frameworks) {
    return (
      <Center py="xl" data-screen="round" data-ready="false">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  const steps = stepIds(frameworks.situation);
  const saved = round.lastStep?.startsWith('person:') ? 'competences' : round.lastStep;
  const current = saved && steps.includes(saved) ? saved : steps[0]!;
  const index = steps.indexOf(current);
  const readOnly = round.completedAt !== null;
  const label = (step: string) => {
    if (step.startsWith('area:')) {
      const area = frameworks.situation.areas.find((a) => `area:${a.id}` === step);
      return area ? local(area.title, lang) : step;
    }
    return t(`assessments.steps.${step as 'vision' | 'competences' | 'summary'}`);
  };
  const go = (step: string, focusId = 'step-title') => {
    if (step.startsWith('person:')) {
      setPersonId(step.slice('person:'.length));
      step = 'competences';
    }
    if (step !== current) setStep(step);
    focusLater(focusId);
  };
  const area = frameworks.situation.areas.find((a) => `area:${a.id}` === current);

  return (
    <Stack
      gap="md"
      data-screen="round"
      data-ready="true"
      data-step={current}
      onKeyDown={(e) => {
        if (!e.altKey) return;
        if (e.key === 'ArrowRight' && index < steps.length - 1) go(steps[index + 1]!);
        else if (e.key === 'ArrowLeft' && index > 0) go(steps[index - 1]!);
        else return;
        e.preventDefault();
      }}
    >
      <RoundHeader round={round} companyId={companyId} companyName={companyName} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <StepNav steps={steps} current={current} label={label} progress={stepProgressOf(round)} go={go} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="step-title">
            {area && <AreaStep key={area.id} area={area} readOnly={readOnly} />}
            {current === 'vision' && <VisionStep readOnly={readOnly} />}
            {current === 'competences' && <CompetenceStep readOnly={readOnly} personId={personId} onPerson={setPersonId} />}
            {current === 'summary' && <SummaryStep readOnly={readOnly} onJump={go} />}
            <StepPager index={index} count={steps.length} onPrevious={() => go(steps[index - 1]!)} onNext={() => go(steps[index + 1]!)} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

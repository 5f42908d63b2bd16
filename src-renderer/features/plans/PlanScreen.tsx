import { useEffect, useState } from 'react';
import { Anchor, Button, Center, Grid, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { AutoDate, AutoText } from '../../lib/fields';
import { useFormat } from '../../lib/format';
import { goalFiguresText, useGoalFormat } from '../../lib/numberFormat';
import { hrefFor } from '../../lib/router';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { useScreen } from '../../lib/screen';
import { Section } from '../../lib/Section';
import { ActivitiesTable } from './ActivitiesTable';
import { ActivityDrawer } from './ActivityDrawer';
import { ExportPanel } from './ExportPanel';
import { planPatchSchema } from '@shared/api/plans';
import type { Plan } from '@shared/api/plans';
import { usePlan } from './planStore';
import { Suggestions } from './Suggestions';
import { Timeline } from './Timeline';
import { Totals } from './Totals';

function FollowUpFields({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const planSaved = usePlan((s) => s.planSaved);
  const { fields } = useAutosave({
    scope: `plan:${plan.companyId}`,
    schemas: planPatchSchema.shape,
    record: plan,
    send: (patch) => invoke('plans.update', { companyId: plan.companyId, patch }),
    onSaved: planSaved,
  });
  return (
    <>
      <AutoDate {...fields.nextFollowUp} label={t('plans.followUp.nextFollowUp')} />
      <AutoText {...fields.note} multiline label={t('plans.followUp.note')} />
    </>
  );
}

/** What the plan builds on: the vision and goals of the latest completed round. */
function Basis({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const goalFormat = useGoalFormat();
  const basis = plan.basis;
  return (
    <Section title={t('plans.basis.title')}>
      {basis ? (
        <>
          <Text size="sm" c="dimmed">
            {t('plans.basis.fromRound', { date: fmt.date(basis.roundDate) })}
          </Text>
          <Title order={3} size="h5">
            {t('plans.basis.vision')}
          </Title>
          <Text>{basis.vision ?? t('plans.basis.noVision')}</Text>
          {basis.goals.length > 0 && (
            <>
              <Title order={3} size="h5">
                {t('plans.basis.goals')}
              </Title>
              <List size="sm">
                {basis.goals.map((g) => (
                  <List.Item key={g.id}>
                    {g.label ?? t(`assessments.goalKind.${g.kind}`)}
                    {goalFiguresText(t, goalFormat, g)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </>
      ) : (
        <Text c="dimmed">{t('plans.basis.none')}</Text>
      )}
    </Section>
  );
}

export function PlanScreen({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const { plan, totals, loaded, notFound, load, add } = usePlan();
  const [open, setOpen] = useState<string | null>(null);
  const current = plan?.companyId === companyId ? plan : null;
  useScreen('plan', loaded && (current !== null || notFound), current ? t('plans.page.documentTitle', { name: current.companyName }) : '');

  useEffect(() => {
    void load(companyId);
  }, [companyId, load]);

  const back = (
    <Anchor href={hrefFor({ name: 'company', id: companyId })} size="sm" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={16} aria-hidden />
        {t('plans.page.back')}
      </Group>
    </Anchor>
  );
  if (notFound) {
    return (
      <Stack gap="md" data-screen="plan" data-ready="true">
        {back}
        <Text>{t('errors.company.notFound')}</Text>
      </Stack>
    );
  }
  if (!current) {
    return (
      <Center py="xl" data-screen="plan" data-ready="false">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  const company = current.activities.filter((a) => a.level === 'company');
  const individual = current.activities.filter((a) => a.level === 'individual');
  const addActivity = async () => {
    const a = await add({ companyId, title: t('plans.activities.newTitle') });
    if (a) setOpen(a.id);
  };

  return (
    <Stack gap="md" data-screen="plan" data-ready="true" data-company-id={companyId}>
      {back}
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('plans.page.title')}: {current.companyName}
        </Title>
        <SaveIndicator />
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Basis plan={current} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Section title={t('plans.followUp.title')}>
              <FollowUpFields plan={current} />
            </Section>
            <Section title={t('plans.export.title')}>
              <ExportPanel companyId={companyId} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>

      <Section
        title={t('plans.activities.title')}
        testId="activities"
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => void addActivity()} data-testid="add-activity">
            {t('plans.activities.add')}
          </Button>
        }
      >
        <Suggestions companyId={companyId} onEdit={setOpen} />
        {current.activities.length === 0 ? (
          <Text c="dimmed">{t('plans.activities.empty')}</Text>
        ) : (
          <>
            <ActivitiesTable activities={company} caption={t('plans.activities.companyLevel')} onOpen={setOpen} />
            <ActivitiesTable activities={individual} caption={t('plans.activities.individualLevel')} onOpen={setOpen} />
          </>
        )}
      </Section>

      <Section title={t('plans.timeline.title')}>
        <Timeline activities={current.activities} />
      </Section>

      {totals && (
        <Section title={t('plans.totals.title')}>
          <Totals totals={totals} />
        </Section>
      )}

      <ActivityDrawer activityId={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}

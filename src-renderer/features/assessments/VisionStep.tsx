import { ActionIcon, Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { AutoNumber, AutoSelect, AutoText } from '../../lib/fields';
import { LevelPicker } from './LevelPicker';
import { useRound } from './roundStore';
import { GOAL_KINDS } from '@shared/api/assessments';
import { local } from './types';
import type { Goal, Strategy } from './types';

function useAreaOptions() {
  const { i18n } = useTranslation();
  const areas = useRound((s) => s.frameworks?.situation.areas ?? []);
  return areas.map((a) => ({ value: a.id, label: local(a.title, i18n.language) }));
}

function GoalRow({ goal, index, readOnly }: { goal: Goal; index: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const saveGoal = useRound((s) => s.saveGoal);
  const deleteGoal = useRound((s) => s.deleteGoal);
  const areaOptions = useAreaOptions();
  // Only the changed field: the store merges it with the goal as it stands, so two quick edits never undo each other.
  const save = (patch: Omit<Parameters<typeof saveGoal>[0], 'id'>) => void saveGoal({ id: goal.id, ...patch });
  const n = index + 1;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={`goal-${index}`}
      aria-label={t('assessments.vision.goalN', { n })}
      component="section"
    >
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('assessments.vision.goalN', { n })}</Text>
        {!readOnly && (
          <Tooltip label={t('assessments.vision.deleteGoal')}>
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('assessments.vision.deleteGoalN', { n })}
              onClick={() => void deleteGoal(goal.id)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <AutoSelect
          name={`goal-kind-${index}`}
          label={t('assessments.vision.goalKind')}
          value={goal.kind}
          disabled={readOnly}
          data={GOAL_KINDS.map((k) => ({ value: k, label: t(`assessments.goalKind.${k}`) }))}
          onCommit={(kind) => kind && save({ kind })}
        />
        <AutoText
          name={`goal-label-${index}`}
          label={t('assessments.vision.goalLabel')}
          value={goal.label}
          disabled={readOnly}
          onCommit={(label) => (label.trim() || null) !== goal.label && save({ label: label.trim() || null })}
        />
        <AutoNumber
          name={`goal-year-${index}`}
          label={t('assessments.vision.goalYear')}
          value={goal.targetYear}
          disabled={readOnly}
          onCommit={(targetYear) => targetYear !== goal.targetYear && save({ targetYear })}
        />
        <AutoNumber
          name={`goal-current-${index}`}
          grouped
          label={t('assessments.vision.goalCurrent')}
          value={goal.currentValue}
          disabled={readOnly}
          onCommit={(currentValue) => currentValue !== goal.currentValue && save({ currentValue })}
        />
        <AutoNumber
          name={`goal-target-${index}`}
          grouped
          label={t('assessments.vision.goalTarget')}
          value={goal.targetValue}
          disabled={readOnly}
          onCommit={(targetValue) => targetValue !== goal.targetValue && save({ targetValue })}
        />
        <MultiSelect
          label={t('assessments.vision.areas')}
          data={areaOptions}
          value={goal.areaIds}
          disabled={readOnly}
          onChange={(areaIds) => save({ areaIds })}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
    </Paper>
  );
}

function StrategyRow({ strategy, index, readOnly }: { strategy: Strategy; index: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const saveStrategy = useRound((s) => s.saveStrategy);
  const deleteStrategy = useRound((s) => s.deleteStrategy);
  const areaOptions = useAreaOptions();
  const n = index + 1;
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`strategy-${index}`}>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <div style={{ flex: '2 1 20rem' }}>
          <AutoText
            name={`strategy-${index}`}
            label={t('assessments.vision.strategyN', { n })}
            value={strategy.text}
            disabled={readOnly}
            onCommit={(text) => text.trim() && text.trim() !== strategy.text && void saveStrategy({ id: strategy.id, text })}
          />
        </div>
        <MultiSelect
          style={{ flex: '1 1 16rem' }}
          label={t('assessments.vision.areas')}
          data={areaOptions}
          value={strategy.areaIds}
          disabled={readOnly}
          onChange={(areaIds) => void saveStrategy({ id: strategy.id, areaIds })}
          comboboxProps={{ withinPortal: true }}
        />
        {!readOnly && (
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            aria-label={t('assessments.vision.deleteStrategyN', { n })}
            onClick={() => void deleteStrategy(strategy.id)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

/** The target level of each area, next to the mean of its answers. */
function AreaTargets({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const round = useRound((s) => s.round);
  const areas = useRound((s) => s.frameworks?.situation.areas ?? []);
  const saveAreaTarget = useRound((s) => s.saveAreaTarget);
  if (!round) return null;
  const targets = new Map(round.areaTargets.map((x) => [x.areaId, x.targetLevel]));
  const answered = new Map(round.answers.map((a) => [a.questionId, a.level]));
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('assessments.vision.targets')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('assessments.vision.targetsHelp')}
      </Text>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.summary.area')}</Table.Th>
            <Table.Th scope="col">{t('assessments.vision.currentMean')}</Table.Th>
            <Table.Th scope="col">{t('assessments.vision.targetLevel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.map((a) => {
            const given = a.questions.map((q) => answered.get(q.id)).filter((l): l is number => typeof l === 'number');
            const mean = given.length ? given.reduce((s, l) => s + l, 0) / given.length : null;
            const name = local(a.title, i18n.language);
            return (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>{mean === null ? t('common.notSet') : fmt.number(Math.round(mean * 10) / 10)}</Table.Td>
                <Table.Td>
                  <LevelPicker
                    label={t('assessments.vision.targetFor', { area: name })}
                    value={targets.get(a.id) ?? null}
                    disabled={readOnly}
                    onChange={(l) => saveAreaTarget(a.id, l)}
                    testId={`target-${a.id}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function VisionStep({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const round = useRound((s) => s.round);
  const saveVision = useRound((s) => s.saveVision);
  const saveGoal = useRound((s) => s.saveGoal);
  const saveStrategy = useRound((s) => s.saveStrategy);
  if (!round) return null;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3" id="step-title" tabIndex={-1}>
          {t('assessments.vision.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('assessments.vision.intro')}
        </Text>
      </div>
      <AutoText
        name="vision"
        label={t('assessments.vision.vision')}
        description={t('assessments.vision.visionHelp')}
        multiline
        value={round.vision}
        disabled={readOnly}
        onCommit={(v) => v.trim() !== (round.vision ?? '') && saveVision(v)}
      />

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('assessments.vision.goals')}
          </Title>
          {!readOnly && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => void saveGoal({ kind: 'turnover' })}
              data-testid="add-goal"
            >
              {t('assessments.vision.addGoal')}
            </Button>
          )}
        </Group>
        {round.goals.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('assessments.vision.noGoals')}
          </Text>
        )}
        {round.goals.map((g, i) => (
          <GoalRow key={g.id} goal={g} index={i} readOnly={readOnly} />
        ))}
      </Stack>

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('assessments.vision.strategies')}
          </Title>
          {!readOnly && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => void saveStrategy({ text: t('assessments.vision.newStrategy'), areaIds: [] })}
              data-testid="add-strategy"
            >
              {t('assessments.vision.addStrategy')}
            </Button>
          )}
        </Group>
        {round.strategies.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('assessments.vision.noStrategies')}
          </Text>
        )}
        {round.strategies.map((s, i) => (
          <StrategyRow key={s.id} strategy={s} index={i} readOnly={readOnly} />
        ))}
      </Stack>

      <AreaTargets readOnly={readOnly} />
    </Stack>
  );
}

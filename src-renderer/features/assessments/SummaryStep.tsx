import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, List, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../lib/FormActions';
import { invoke } from '../../api/client';
import { notifySuccess, translateError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useRound } from './roundStore';
import { local } from './types';
import type { RoundSummary } from './types';

function CompleteModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const round = useRound((s) => s.round);
  const complete = useRound((s) => s.complete);
  const [by, setBy] = useState(round?.advisor ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void invoke('settings.get', {})
      .then((s) => s.advisorName && setBy(s.advisorName))
      .catch(() => undefined);
  }, []);
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.summary.confirmTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!by.trim()) {
            setError(t('errors.field.required'));
            return;
          }
          setBusy(true);
          void complete(by.trim())
            .then(() => {
              notifySuccess(t('assessments.summary.completedDone'));
              onClose();
            })
            .catch((err: unknown) => setError(translateError(err)))
            .finally(() => setBusy(false));
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('assessments.summary.confirmText')}</Text>
          <TextInput
            label={t('assessments.summary.completedBy')}
            value={by}
            onChange={(e) => setBy(e.currentTarget.value)}
            error={error}
            required
            data-autofocus
          />
          <FormActions
            cancelLabel={t('common.cancel')}
            onCancel={onClose}
            submitLabel={t('assessments.summary.complete')}
            busy={busy}
            submitTestId="confirm-complete"
            submit={{ leftSection: <IconLock size={16} aria-hidden /> }}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The area's title in the advisor's language (its id if the framework no longer has it). */
function useAreaTitle(): (areaId: string) => string | undefined {
  const { i18n } = useTranslation();
  const areas = useRound((s) => s.frameworks?.situation.areas ?? []);
  const areaById = new Map(areas.map((a) => [a.id, a]));
  return (areaId) => {
    const area = areaById.get(areaId);
    return area ? local(area.title, i18n.language) : undefined;
  };
}

/** Answered questions, current and target score per area, and the overall score. */
function AreaScores({ summary }: { summary: RoundSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const areaTitle = useAreaTitle();
  const score = (n: number | null) => (n === null ? t('common.notSet') : fmt.number(n));
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('assessments.summary.scores')}
      </Title>
      <Table withTableBorder striped verticalSpacing="xs" data-testid="area-scores">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.summary.area')}</Table.Th>
            <Table.Th scope="col">{t('assessments.summary.answered')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('assessments.summary.current')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('assessments.summary.target')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.areas.map((a) => (
            <Table.Tr key={a.areaId}>
              <Table.Th scope="row" fw={500}>
                {areaTitle(a.areaId) ?? a.areaId}
              </Table.Th>
              <Table.Td>{t('assessments.summary.answeredOf', { done: a.answered, total: a.total })}</Table.Td>
              <Table.Td ta="right">{score(a.score)}</Table.Td>
              <Table.Td ta="right">{score(a.targetScore)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('assessments.summary.overall')}</Table.Th>
            <Table.Td />
            <Table.Td ta="right" fw={700}>
              {score(summary.overallScore)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Text size="xs" c="dimmed">
        {t('assessments.summary.scoreHelp')}
      </Text>
    </Stack>
  );
}

type Jump = (step: string, focusId?: string) => void;

/** The questions not yet answered, each a link to its question. */
function UnansweredQuestions({ summary, onJump }: { summary: RoundSummary; onJump: Jump }) {
  const { t, i18n } = useTranslation();
  const areas = useRound((s) => s.frameworks?.situation.areas ?? []);
  const areaTitle = useAreaTitle();
  const questionText = (areaId: string, questionId: string) => {
    const q = areas.find((a) => a.id === areaId)?.questions.find((x) => x.id === questionId);
    return q ? local(q.text, i18n.language) : questionId;
  };
  return (
    <div>
      <Text fw={600} size="sm">
        {t('assessments.summary.unansweredQuestions', { count: summary.unansweredQuestions.length })}
      </Text>
      <List size="sm" spacing={2} data-testid="unanswered">
        {summary.unansweredQuestions.map((u) => (
          <List.Item key={u.questionId}>
            <Anchor component="button" type="button" size="sm" onClick={() => onJump(`area:${u.areaId}`, `q-${u.questionId}`)}>
              {`${areaTitle(u.areaId) ?? ''}: ${questionText(u.areaId, u.questionId)}`}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** The people with competences not yet rated, each a link to their tab. */
function UnratedPairs({ summary, onJump }: { summary: RoundSummary; onJump: Jump }) {
  const { t, i18n } = useTranslation();
  const round = useRound((s) => s.round);
  const competences = useRound((s) => s.competences);
  const pairsByPerson = (round?.people ?? [])
    .map((p) => ({ person: p, count: summary.unratedPairs.filter((u) => u.personId === p.personId).length }))
    .filter((x) => x.count > 0);
  const compName = (id: string) => {
    const c = competences.find((x) => x.id === id);
    return c ? local(c.name, i18n.language) : id;
  };
  if (pairsByPerson.length === 0) return null;
  return (
    <div>
      <Text fw={600} size="sm">
        {t('assessments.summary.unratedPairs', { count: summary.unratedPairs.length })}
      </Text>
      <List size="sm" spacing={2}>
        {pairsByPerson.map(({ person, count }) => (
          <List.Item key={person.personId}>
            <Anchor component="button" type="button" size="sm" onClick={() => onJump(`person:${person.personId}`)}>
              {t('assessments.summary.personMissing', {
                name: person.name,
                count,
                first: compName(summary.unratedPairs.find((u) => u.personId === person.personId)!.competenceId),
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** What is missing before the round can be completed, and the button that completes it (or says why it cannot). */
function Completion({ summary, onJump, onConfirm }: { summary: RoundSummary; onJump: Jump; onConfirm(): void }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('assessments.summary.missing')}
      </Title>
      {summary.canComplete ? (
        <Alert color="forest" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {t('assessments.summary.allDone')}
        </Alert>
      ) : (
        <>
          {summary.unansweredQuestions.length > 0 && <UnansweredQuestions summary={summary} onJump={onJump} />}
          <UnratedPairs summary={summary} onJump={onJump} />
        </>
      )}
      {refusal && (
        <Alert color="red" variant="light" role="alert" data-testid="complete-refused">
          {refusal}
        </Alert>
      )}
      <Group>
        <Button
          size="md"
          leftSection={<IconLock size={18} aria-hidden />}
          data-testid="complete-round"
          onClick={() => {
            if (summary.canComplete) {
              setRefusal(null);
              onConfirm();
            } else {
              setRefusal(
                t('errors.assessment.incomplete', {
                  unansweredQuestions: summary.unansweredQuestions.length,
                  unratedPairs: summary.unratedPairs.length,
                }),
              );
            }
          }}
        >
          {t('assessments.summary.complete')}
        </Button>
      </Group>
    </Stack>
  );
}

export function SummaryStep({ readOnly, onJump }: { readOnly: boolean; onJump: Jump }) {
  const { t } = useTranslation();
  const round = useRound((s) => s.round);
  const summary = useRound((s) => s.summary);
  const loadSummary = useRound((s) => s.loadSummary);
  const [confirming, setConfirming] = useState(false);
  const revision = round?.revision;
  useEffect(() => {
    void loadSummary();
  }, [loadSummary, revision]);
  if (!round || !summary) return null;

  return (
    <Stack gap="lg" data-testid="summary" data-can-complete={summary.canComplete}>
      <Title order={2} size="h3" id="step-title" tabIndex={-1}>
        {t('assessments.summary.title')}
      </Title>
      <AreaScores summary={summary} />
      {!readOnly && <Completion summary={summary} onJump={onJump} onConfirm={() => setConfirming(true)} />}
      {confirming && <CompleteModal opened onClose={() => setConfirming(false)} />}
    </Stack>
  );
}

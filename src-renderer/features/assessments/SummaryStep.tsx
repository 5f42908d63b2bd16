import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, List, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifySuccess, translateError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useRound } from './roundStore';
import { local } from './types';

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
          <TextInput label={t('assessments.summary.completedBy')} value={by} onChange={(e) => setBy(e.currentTarget.value)} error={error} required data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} leftSection={<IconLock size={16} aria-hidden />} data-testid="confirm-complete">
              {t('assessments.summary.complete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SummaryStep({ readOnly, onJump }: { readOnly: boolean; onJump(step: string, focusId?: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fmt = useFormat();
  const round = useRound((s) => s.round);
  const summary = useRound((s) => s.summary);
  const loadSummary = useRound((s) => s.loadSummary);
  const areas = useRound((s) => s.frameworks?.situation.areas ?? []);
  const competences = useRound((s) => s.competences);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const revision = round?.revision;
  useEffect(() => {
    void loadSummary();
  }, [loadSummary, revision]);
  if (!round || !summary) return null;
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const questionText = (areaId: string, questionId: string) => {
    const q = areaById.get(areaId)?.questions.find((x) => x.id === questionId);
    return q ? local(q.text, lang) : questionId;
  };
  const score = (n: number | null) => (n === null ? t('common.notSet') : fmt.number(n));
  const pairsByPerson = round.people
    .map((p) => ({ person: p, count: summary.unratedPairs.filter((u) => u.personId === p.personId).length }))
    .filter((x) => x.count > 0);
  const compName = (id: string) => {
    const c = competences.find((x) => x.id === id);
    return c ? local(c.name, lang) : id;
  };

  return (
    <Stack gap="lg" data-testid="summary" data-can-complete={summary.canComplete}>
      <Title order={2} size="h3" id="step-title" tabIndex={-1}>
        {t('assessments.summary.title')}
      </Title>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('assessments.summary.scores')}
        </Title>
        <Table withTableBorder striped verticalSpacing="xs" data-testid="area-scores">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessments.summary.area')}</Table.Th>
              <Table.Th scope="col">{t('assessments.summary.answered')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('assessments.summary.current')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('assessments.summary.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.areas.map((a) => (
              <Table.Tr key={a.areaId}>
                <Table.Th scope="row" fw={500}>
                  {areaById.get(a.areaId) ? local(areaById.get(a.areaId)!.title, lang) : a.areaId}
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

      {!readOnly && (
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
              {summary.unansweredQuestions.length > 0 && (
                <div>
                  <Text fw={600} size="sm">
                    {t('assessments.summary.unansweredQuestions', { count: summary.unansweredQuestions.length })}
                  </Text>
                  <List size="sm" spacing={2} data-testid="unanswered">
                    {summary.unansweredQuestions.map((u) => (
                      <List.Item key={u.questionId}>
                        <Anchor component="button" type="button" size="sm" onClick={() => onJump(`area:${u.areaId}`, `q-${u.questionId}`)}>
                          {`${areaById.get(u.areaId) ? local(areaById.get(u.areaId)!.title, lang) : ''}: ${questionText(u.areaId, u.questionId)}`}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                </div>
              )}
              {pairsByPerson.length > 0 && (
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
              )}
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
                  setConfirming(true);
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
      )}
      {confirming && <CompleteModal opened onClose={() => setConfirming(false)} />}
    </Stack>
  );
}

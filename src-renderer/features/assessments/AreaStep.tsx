import type { KeyboardEvent } from 'react';
import { Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AutoText } from '../../lib/fields';
import { LevelCards, withModifier } from './LevelPicker';
import { useRound } from './roundStore';
import { local } from './types';
import type { SituationArea } from './types';

/** Keys 1–5 anywhere in a question's card (but not while typing its note) rate it. */
function rateKeys(onRate: (level: number) => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (withModifier(e) || target.closest('input, textarea, [role="radiogroup"]')) return;
    if (/^[1-5]$/.test(e.key)) {
      e.preventDefault();
      onRate(Number(e.key));
    }
  };
}

/** A question's state badge keeps its width beside a long question ("Nivå 2" read "Niv…"). */
const NO_SHRINK = { flexShrink: 0 } as const;

export function AreaStep({ area, readOnly }: { area: SituationArea; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const round = useRound((s) => s.round);
  const scale = useRound((s) => s.frameworks?.situation.scale.levels ?? []);
  const saveAnswer = useRound((s) => s.saveAnswer);
  if (!round) return null;
  const answers = new Map(round.answers.map((a) => [a.questionId, a]));

  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3" id="step-title" tabIndex={-1}>
          {local(area.title, lang)}
        </Title>
        <Text c="dimmed" size="sm" maw="60rem">
          {local(area.description, lang)}
        </Text>
      </div>
      {area.questions.map((q, i) => {
        const answer = answers.get(q.id);
        const level = answer?.level ?? null;
        const title = t('assessments.area.question', { n: i + 1, count: area.questions.length });
        return (
          <Paper
            key={q.id}
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-labelledby={`q-${q.id}`}
            data-testid={`question-${q.id}`}
            data-level={level ?? ''}
            onKeyDown={readOnly ? undefined : rateKeys((l) => saveAnswer(q.id, l))}
          >
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                    {title}
                  </Text>
                  <Title order={3} size="h5" id={`q-${q.id}`}>
                    {local(q.text, lang)}
                  </Title>
                </div>
                {level === null ? (
                  <Badge variant="default" style={NO_SHRINK}>
                    {t('assessments.area.unanswered')}
                  </Badge>
                ) : (
                  <Badge variant="light" style={NO_SHRINK}>
                    {t('assessments.area.answered', { level })}
                  </Badge>
                )}
              </Group>
              <LevelCards
                label={local(q.text, lang)}
                value={level}
                disabled={readOnly}
                onChange={(l) => saveAnswer(q.id, l)}
                levels={q.levels.map((l) => ({
                  level: l.level,
                  title: scale.find((s) => s.level === l.level) ? local(scale.find((s) => s.level === l.level)!.label, lang) : '',
                  text: local(l.descriptor, lang),
                }))}
              />
              <AutoText
                name={`note-${q.id}`}
                label={t('assessments.area.note')}
                multiline
                value={answer?.note ?? null}
                disabled={readOnly}
                onCommit={(note) => {
                  if ((answer?.note ?? '') !== note.trim()) saveAnswer(q.id, level, note);
                }}
              />
              <Checkbox
                label={t('assessments.area.noteShared')}
                checked={answer?.noteShared ?? false}
                disabled={readOnly}
                onChange={(e) => saveAnswer(q.id, level, undefined, e.currentTarget.checked)}
                data-testid={`note-shared-${q.id}`}
              />
            </Stack>
          </Paper>
        );
      })}
      <Text size="sm" c="dimmed">
        {t('assessments.area.keyHint')}
      </Text>
    </Stack>
  );
}

import type { Ref } from 'react';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@shared/api';
import { LevelCards, LevelPicker } from '../assessments';

type View = ResultOf<'selfAssessment.get'>;
export type SelfItem = View['competences'][number];

/** Previous and next, for a competence and for the end view; the last competence's next leads to the end. */
export function SelfNav({ onPrevious, onNext, nextLabel }: { onPrevious?: () => void; onNext?: () => void; nextLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      {onPrevious ? (
        <Button
          size="md"
          variant="default"
          leftSection={<IconArrowLeft size={18} aria-hidden />}
          onClick={onPrevious}
          data-testid="self-previous"
        >
          {t('assessments.self.previous')}
        </Button>
      ) : (
        <span />
      )}
      {onNext && (
        <Button size="md" rightSection={<IconArrowRight size={18} aria-hidden />} onClick={onNext} data-testid="self-next">
          {nextLabel ?? t('assessments.self.next')}
        </Button>
      )}
    </Group>
  );
}

interface SelfCompetenceProps {
  item: SelfItem;
  /** 1-based position and the number of competences. */
  n: number;
  total: number;
  lang: View['language'];
  headingRef: Ref<HTMLHeadingElement>;
  onRate(competenceId: string, level: number): void;
}

/**
 * One competence, as the handover dialog promises: its name and description, and its five levels as large cards that
 * say what each level means (a company-specific competence without level texts gets the plain 1–5 and a quiet note).
 */
export function SelfCompetence({ item: { competence, selfLevel }, n, total, lang, headingRef, onRate }: SelfCompetenceProps) {
  const { t } = useTranslation();
  const name = competence.name[lang] || competence.name.sv;
  const headingId = `c-${competence.id}`;
  const testId = `self-picker-${competence.id}`;
  const rate = (level: number) => onRate(competence.id, level);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={headingId} data-testid={`self-${competence.id}`}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7" fw={600} data-testid="self-position">
          {t('assessments.self.competenceOf', { n, total })}
        </Text>
        <Title order={2} size="h3" id={headingId} ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
          {name}
        </Title>
        {competence.description && <Text>{competence.description[lang]}</Text>}
        {competence.levels?.length ? (
          <LevelCards
            label={name}
            value={selfLevel}
            onChange={rate}
            testId={testId}
            levels={competence.levels.map((l) => ({ level: l.level, title: null, text: l.descriptor[lang] }))}
          />
        ) : (
          <>
            <LevelPicker size="xl" label={name} value={selfLevel} onChange={rate} testId={testId} />
            <Text size="sm" c="gray.7">
              {t('assessments.self.noLevels')}
            </Text>
          </>
        )}
        <Text size="sm" c="gray.7" data-testid="self-state">
          {selfLevel === null ? t('assessments.competences.notRatedYet') : null}
        </Text>
      </Stack>
    </Paper>
  );
}

interface SelfEndProps {
  items: readonly SelfItem[];
  lang: View['language'];
  headingRef: Ref<HTMLHeadingElement>;
  /** Go to the competence at this index. */
  onGo(index: number): void;
}

/** After the last competence: what is not rated yet, each a way back to it, before the laptop is handed back. */
export function SelfEnd({ items, lang, headingRef, onGo }: SelfEndProps) {
  const { t } = useTranslation();
  const left = items.map((item, index) => ({ item, index })).filter(({ item }) => item.selfLevel === null);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="self-end" data-testid="self-end">
      <Stack gap="sm">
        <Title order={2} size="h3" id="self-end" ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
          {t('assessments.self.endTitle')}
        </Title>
        {left.length === 0 ? (
          <Text data-testid="self-all-rated">{t('assessments.self.allRated')}</Text>
        ) : (
          <>
            <Text>{t('assessments.self.left', { count: left.length })}</Text>
            <List spacing={6} data-testid="self-left">
              {left.map(({ item, index }) => (
                <List.Item key={item.competence.id}>
                  <Anchor component="button" type="button" fw={600} ta="left" onClick={() => onGo(index)}>
                    {item.competence.name[lang] || item.competence.name.sv}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}

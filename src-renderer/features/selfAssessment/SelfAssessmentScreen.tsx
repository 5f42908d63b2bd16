import { useEffect, useRef, useState } from 'react';
import { Box, Button, Center, Container, Group, Loader, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconPlant2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import type { ResultOf } from '@shared/api';
import { levelField } from '@shared/api/assessments';
import { autosave } from '../../lib/autosave';
import { notifyError } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { useScreen } from '../../lib/screen';
import { ExitModal } from './ExitModal';
import { SelfCompetence, SelfEnd, SelfNav } from './SelfCompetence';

type View = ResultOf<'selfAssessment.get'>;

/** The one field a person saves here, with the contract's schema. */
const SCHEMAS = { selfLevel: levelField.nullable() };

/** The sticky header: whose assessment this is, the save state, "done", and how far they are. */
function SelfHeader({ name, done, total, onDone }: { name: string; done: number; total: number; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <Box
      component="header"
      bg="white"
      py="sm"
      px="md"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', position: 'sticky', top: 0, zIndex: 10 }}
    >
      <Container size="md" px={0}>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size="lg" radius="md" aria-hidden>
              <IconPlant2 size={22} />
            </ThemeIcon>
            <div>
              <Text size="xs" c="dimmed">
                {t('assessments.self.heading')}
              </Text>
              <Text fw={700} size="lg" data-testid="self-name">
                {name}
              </Text>
            </div>
          </Group>
          <Group gap="md" wrap="nowrap">
            <SaveIndicator />
            <Button size="md" onClick={onDone} leftSection={<IconCircleCheck size={18} aria-hidden />} data-testid="self-done">
              {t('assessments.self.done')}
            </Button>
          </Group>
        </Group>
        <Group gap="sm" mt="xs" wrap="nowrap">
          <Progress
            value={total ? (done / total) * 100 : 0}
            style={{ flex: 1 }}
            size="lg"
            aria-label={t('assessments.round.progressLabel')}
          />
          <Text size="sm" data-testid="self-progress">
            {t('assessments.self.progress', { done, total })}
          </Text>
        </Group>
      </Container>
    </Box>
  );
}

/**
 * The focused, full-screen view handed to one person: their competences only, one at a time with large controls, then
 * what is left unrated; no navigation out. Each choice is saved at once.
 */
export function SelfAssessmentScreen({ roundId, personId }: { roundId: string; personId: string }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View | null>(null);
  /** The competence shown; the number of competences means the end view. */
  const [index, setIndex] = useState(0);
  const [moves, setMoves] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const [exiting, setExiting] = useState(false);
  useScreen('self', view !== null, view?.name ?? '');
  const lang = view?.language ?? (i18n.language === 'en' ? 'en' : 'sv');

  useEffect(() => {
    useSaveStatus.getState().reset();
    invoke('selfAssessment.get', { roundId, personId }).then((v) => {
      setView(v);
      // Back after a reload or a pause: at the first competence not rated yet.
      setIndex(
        Math.max(
          0,
          v.competences.findIndex((c) => c.selfLevel === null),
        ),
      );
      // The person's language, for this view only: the advisor's choice is not overwritten.
      void i18n.changeLanguage(v.language);
      document.documentElement.lang = v.language;
    }, notifyError);
  }, [roundId, personId, i18n]);

  // After previous or next, the keyboard starts at the new competence's name, as a screen reader announces it.
  useEffect(() => {
    if (moves > 0) heading.current?.focus();
  }, [moves]);

  if (!view) {
    return (
      <Center mih="100vh" data-screen="self" data-ready="false">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  const items = view.competences;
  const done = items.filter((c) => c.selfLevel !== null).length;
  const total = items.length;
  const atEnd = index >= total;
  const go = (next: number) => {
    setIndex(next);
    setMoves((m) => m + 1);
  };
  const rate = (competenceId: string, selfLevel: number) => {
    const before = items.find((c) => c.competence.id === competenceId)?.selfLevel ?? null;
    setView((v) => v && { ...v, competences: v.competences.map((c) => (c.competence.id === competenceId ? { ...c, selfLevel } : c)) });
    autosave<typeof SCHEMAS, { selfLevel: number | null }>(
      {
        scope: `self:${competenceId}`,
        schemas: SCHEMAS,
        record: { selfLevel: before },
        send: (patch) => invoke('selfAssessment.saveRating', { roundId, personId, competenceId, selfLevel: patch.selfLevel ?? null }),
      },
      { selfLevel },
    );
  };
  const item = items[index];

  return (
    <Box mih="100vh" bg="gray.0">
      <SelfHeader name={view.name} done={done} total={total} onDone={() => setExiting(true)} />
      <Container size="md" component="main" py="lg" data-screen="self" data-ready="true" data-index={index}>
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t('assessments.self.title', { name: view.name })}
            </Title>
            <Text>{t('assessments.self.intro')}</Text>
          </div>
          {item ? (
            <SelfCompetence
              key={item.competence.id}
              item={item}
              n={index + 1}
              total={total}
              lang={lang}
              headingRef={heading}
              onRate={rate}
            />
          ) : (
            <SelfEnd items={items} lang={lang} headingRef={heading} onGo={go} />
          )}
          <SelfNav
            onPrevious={index > 0 ? () => go(index - 1) : undefined}
            onNext={atEnd ? undefined : () => go(index + 1)}
            nextLabel={index === total - 1 ? t('assessments.self.toEnd') : undefined}
          />
          {atEnd && (
            <Center>
              <Button size="lg" onClick={() => setExiting(true)} leftSection={<IconCircleCheck size={20} aria-hidden />}>
                {t('assessments.self.done')}
              </Button>
            </Center>
          )}
        </Stack>
      </Container>
      {exiting && <ExitModal opened onClose={() => setExiting(false)} />}
    </Box>
  );
}

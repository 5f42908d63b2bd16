import { useEffect, useState } from 'react';
import { Box, Button, Center, Container, Group, Loader, Modal, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { IconCircleCheck, IconPlant2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../lib/FormActions';
import { invoke } from '../../api/client';
import type { ResultOf } from '@shared/api';
import { notifyError, translateError } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { useScreen } from '../../lib/screen';
import { useSession } from '../session';
import { LevelPicker } from '../assessments';

type View = ResultOf<'selfAssessment.get'>;

function ExitModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const keychain = useSession((s) => s.status?.unlockMode === 'keychain');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.self.exitTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!secret) {
            setError(t('errors.field.required'));
            return;
          }
          setBusy(true);
          invoke('selfAssessment.exit', keychain ? { handoverCode: secret } : { passphrase: secret })
            .then(() => invoke('session.status', {}))
            .then((status) => {
              const language = status.language ?? status.systemLanguage;
              void i18n.changeLanguage(language);
              document.documentElement.lang = language;
              useSession.getState().setStatus(status);
            })
            .catch((err: unknown) => {
              setError(translateError(err));
              setBusy(false);
            });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t(keychain ? 'assessments.self.exitCodeText' : 'assessments.self.exitText')}</Text>
          <PassphraseInput
            label={t(keychain ? 'assessments.self.code' : 'assessments.self.passphrase')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={error}
            autoComplete="off"
            data-autofocus
          />
          <FormActions
            cancelLabel={t('assessments.self.continue')}
            onCancel={onClose}
            submitLabel={t('assessments.self.unlock')}
            busy={busy}
            submitTestId="exit-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}

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

interface CompetenceCardProps {
  item: View['competences'][number];
  n: number;
  total: number;
  lang: View['language'];
  onRate(competenceId: string, level: number): void;
}

/** One competence: its name and description, the large level picker, and what each level means. */
function CompetenceCard({ item: { competence, selfLevel }, n, total, lang, onRate }: CompetenceCardProps) {
  const { t } = useTranslation();
  const name = competence.name[lang] || competence.name.sv;
  const descriptor = competence.levels?.find((l) => l.level === selfLevel)?.descriptor;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={`c-${competence.id}`} data-testid={`self-${competence.id}`}>
      <Stack gap="sm">
        <Text size="xs" c="dimmed" fw={600}>
          {t('assessments.self.counter', { n, total })}
        </Text>
        <Title order={2} size="h3" id={`c-${competence.id}`}>
          {name}
        </Title>
        {competence.description && <Text c="dimmed">{competence.description[lang]}</Text>}
        <LevelPicker
          size="xl"
          label={name}
          value={selfLevel}
          onChange={(l) => onRate(competence.id, l)}
          testId={`self-picker-${competence.id}`}
        />
        {competence.levels && (
          <Stack gap={4} component="dl" m={0}>
            {competence.levels.map((l) => (
              <Group
                key={l.level}
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                c={l.level === selfLevel ? 'forest.9' : undefined}
                fw={l.level === selfLevel ? 600 : 400}
              >
                <Text component="dt" size="sm" fw={700} miw={16}>
                  {l.level}
                </Text>
                <Text component="dd" size="sm" m={0}>
                  {l.descriptor[lang]}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {!competence.levels && descriptor && <Text size="sm">{descriptor[lang]}</Text>}
      </Stack>
    </Paper>
  );
}

/** The focused, full-screen view handed to one person: their competences only, large controls, no navigation. */
export function SelfAssessmentScreen({ roundId, personId }: { roundId: string; personId: string }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View | null>(null);
  const [exiting, setExiting] = useState(false);
  const track = useSaveStatus((s) => s.track);
  useScreen('self', view !== null, view?.name ?? '');
  const lang = view?.language ?? (i18n.language === 'en' ? 'en' : 'sv');

  useEffect(() => {
    useSaveStatus.getState().reset();
    invoke('selfAssessment.get', { roundId, personId }).then((v) => {
      setView(v);
      // The person's language, for this view only: the advisor's choice is not overwritten.
      void i18n.changeLanguage(v.language);
      document.documentElement.lang = v.language;
    }, notifyError);
  }, [roundId, personId, i18n]);

  if (!view) {
    return (
      <Center mih="100vh" data-screen="self" data-ready="false">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  const done = view.competences.filter((c) => c.selfLevel !== null).length;
  const total = view.competences.length;
  const rate = (competenceId: string, selfLevel: number) => {
    setView((v) => v && { ...v, competences: v.competences.map((c) => (c.competence.id === competenceId ? { ...c, selfLevel } : c)) });
    void track(() => invoke('selfAssessment.saveRating', { roundId, personId, competenceId, selfLevel })).catch(notifyError);
  };

  return (
    <Box mih="100vh" bg="gray.0">
      <SelfHeader name={view.name} done={done} total={total} onDone={() => setExiting(true)} />
      <Container size="md" component="main" py="lg" data-screen="self" data-ready="true">
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              {t('assessments.self.title', { name: view.name })}
            </Title>
            <Text>{t('assessments.self.intro')}</Text>
          </div>
          {view.competences.map((item, i) => (
            <CompetenceCard key={item.competence.id} item={item} n={i + 1} total={total} lang={lang} onRate={rate} />
          ))}
          <Center>
            <Button size="lg" onClick={() => setExiting(true)} leftSection={<IconCircleCheck size={20} aria-hidden />}>
              {t('assessments.self.done')}
            </Button>
          </Center>
        </Stack>
      </Container>
      {exiting && <ExitModal opened onClose={() => setExiting(false)} />}
    </Box>
  );
}

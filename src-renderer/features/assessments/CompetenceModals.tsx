import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  Radio,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../lib/FormActions';
import { invoke } from '../../api/client';
import { notifyError, translateError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { handoverCodeField } from '@shared/api/selfAssessment';
import { useSession } from '../session';
import { useRound } from './roundStore';
import { afterCustomChange } from './CustomCompetenceModal';
import { local } from './types';
import type { CompetenceDefinition, RoundListItem, RoundPerson } from './types';

const MIN = 15;
const MAX = 25;

export function ChooseCompetencesModal({ person, opened, onClose }: { person: RoundPerson; opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const competences = useRound((s) => s.competences);
  const groups = useRound((s) => s.frameworks?.catalogue.groups ?? []);
  const setPersonCompetences = useRound((s) => s.setPersonCompetences);
  const [chosen, setChosen] = useState<string[]>(() => person.competences.map((c) => c.competenceId));
  const [saving, setSaving] = useState(false);
  const sections = [
    ...groups.map((g) => ({ id: g.id, title: local(g.name, lang), items: competences.filter((c) => !c.custom && c.groupId === g.id) })),
    { id: 'custom', title: t('assessments.competences.customGroup'), items: competences.filter((c) => c.custom) },
  ].filter((s) => s.items.length > 0);
  const toggle = (id: string, on: boolean) => setChosen((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const outside = chosen.length < MIN || chosen.length > MAX;

  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.competences.chooseTitle', { name: person.name })} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('assessments.competences.chooseHelp', { min: MIN, max: MAX })}</Text>
        <Group gap="xs">
          <Badge color={outside ? 'orange' : 'forest'} variant="light" size="lg" data-testid="chosen-count">
            {t('assessments.competences.chosen', { count: chosen.length })}
          </Badge>
        </Group>
        <ScrollArea.Autosize mah="55vh" type="auto" offsetScrollbars>
          <Stack gap="md">
            {sections.map((s) => (
              <fieldset key={s.id} style={{ border: 0, padding: 0, margin: 0 }}>
                <legend>
                  <Title order={3} size="h6">
                    {s.title}
                  </Title>
                </legend>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
                  {s.items.map((c) => (
                    <Checkbox
                      key={c.id}
                      label={local(c.name, lang)}
                      checked={chosen.includes(c.id)}
                      onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                    />
                  ))}
                </SimpleGrid>
              </fieldset>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={saving}
            onClick={() => {
              setSaving(true);
              void setPersonCompetences(person.personId, chosen).finally(() => {
                setSaving(false);
                onClose();
              });
            }}
          >
            {t('assessments.competences.saveSet')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The open rounds of the company whose people have `competenceId` in their set: they lose its ratings. */
async function openRoundsUsing(companyId: string, competenceId: string): Promise<RoundListItem[]> {
  const open = (await invoke('rounds.list', { companyId })).filter((r) => r.completedAt === null);
  const rounds = await Promise.all(open.map((r) => invoke('rounds.get', { roundId: r.id })));
  return open.filter((_, i) => rounds[i]!.people.some((p) => p.competences.some((c) => c.competenceId === competenceId)));
}

interface DeleteCustomProps {
  competence: CompetenceDefinition;
  opened: boolean;
  onClose(): void;
}

export function DeleteCustomCompetenceModal({ competence, opened, onClose }: DeleteCustomProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const companyId = useRound((s) => s.round?.companyId ?? '');
  const name = local(competence.name, i18n.language);
  const [affected, setAffected] = useState<RoundListItem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    openRoundsUsing(companyId, competence.id).then(
      (rounds) => live && setAffected(rounds),
      (e: unknown) => live && setLoadError(translateError(e)),
    );
    return () => {
      live = false;
    };
  }, [companyId, competence.id]);
  const confirm = async () => {
    setBusy(true);
    try {
      await invoke('competences.deleteCustom', { id: competence.id });
      await afterCustomChange((cs) => cs.filter((c) => c.id !== competence.id));
      onClose();
    } catch (e) {
      notifyError(e);
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.competences.deleteCustomTitle', { name })}>
      <Stack gap="sm" data-testid="delete-custom" data-ready={affected !== null || undefined}>
        <Text size="sm">{t('assessments.competences.deleteCustomIntro', { name })}</Text>
        {loadError !== null ? (
          <Alert variant="light" color="red" role="alert">
            {loadError}
          </Alert>
        ) : affected === null ? (
          <Group justify="center" py="sm">
            <Loader size="sm" aria-label={t('assessments.competences.deleteCustomChecking')} />
          </Group>
        ) : affected.length === 0 ? (
          <Text size="sm">{t('assessments.competences.deleteCustomNoOpen')}</Text>
        ) : (
          <Alert variant="light" color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="delete-custom-rounds">
            <Text size="sm">{t('assessments.competences.deleteCustomOpen', { name, count: affected.length })}</Text>
            <List size="sm" mt={4}>
              {affected.map((r) => (
                <List.Item key={r.id}>
                  {t('assessments.competences.deleteCustomRound', { kind: t(`assessments.kind.${r.kind}`), date: format.date(r.date) })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('assessments.competences.deleteCustomCompleted')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={busy}
            disabled={affected === null}
            onClick={() => void confirm()}
            data-testid="delete-custom-confirm"
          >
            {t('assessments.competences.deleteCustomConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function HandoverModal({ person, opened, onClose }: { person: RoundPerson; opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const roundId = useRound((s) => s.roundId ?? '');
  const keychain = useSession((s) => s.status?.unlockMode === 'keychain');
  const [language, setLanguage] = useState<'sv' | 'en'>(i18n.language === 'en' ? 'en' : 'sv');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (keychain && !handoverCodeField.safeParse(code).success) {
      setError(t('errors.field.handoverCode'));
      return;
    }
    setBusy(true);
    try {
      await invoke('selfAssessment.enter', { roundId, personId: person.personId, language, ...(keychain ? { handoverCode: code } : {}) });
      useSession.getState().setStatus(await invoke('session.status', {}));
    } catch (e) {
      notifyError(e);
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.handover.title', { name: person.name })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('assessments.handover.intro', { name: person.name })}</Text>
          <Radio.Group label={t('assessments.handover.language')} value={language} onChange={(v) => setLanguage(v === 'en' ? 'en' : 'sv')}>
            <Group mt={6}>
              <Radio value="sv" label={<span lang="sv">{t('shell.language.sv')}</span>} />
              <Radio value="en" label={<span lang="en">{t('shell.language.en')}</span>} />
            </Group>
          </Radio.Group>
          {keychain ? (
            <PassphraseInput
              label={t('assessments.handover.code')}
              description={t('assessments.handover.codeHelp')}
              inputMode="numeric"
              autoComplete="off"
              value={code}
              error={error}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
          ) : (
            <Alert variant="light" color="blue">
              {t('assessments.handover.passphraseNote')}
            </Alert>
          )}
          <FormActions
            cancelLabel={t('common.cancel')}
            onCancel={onClose}
            submitLabel={t('assessments.handover.start')}
            busy={busy}
            submitTestId="handover-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}

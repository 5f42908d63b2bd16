import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Modal, PasswordInput, Radio, ScrollArea, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError, translateError } from '../../lib/errors';
import { useSession } from '../session/store';
import { useRound } from './roundStore';
import { local } from './types';
import type { RoundPerson } from './types';

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
          <Badge color={outside ? 'orange.9' : 'forest'} variant="light" size="lg" data-testid="chosen-count">
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
                    <Checkbox key={c.id} label={local(c.name, lang)} checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
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

export function CustomCompetenceModal({ person, opened, onClose }: { person: RoundPerson; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const createCustom = useRound((s) => s.createCustom);
  const setPersonCompetences = useRound((s) => s.setPersonCompetences);
  const [sv, setSv] = useState('');
  const [en, setEn] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!sv.trim() && !en.trim()) {
      setError(t('errors.field.required'));
      return;
    }
    setSaving(true);
    try {
      const d = description.trim();
      const created = await createCustom({ name: { sv: sv.trim(), en: en.trim() }, description: d ? { sv: d, en: d } : null });
      await setPersonCompetences(person.personId, [...person.competences.map((c) => c.competenceId), created.id]);
      onClose();
    } catch (e) {
      setError(translateError(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('assessments.competences.customTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('assessments.competences.customHelp', { name: person.name })}</Text>
          <TextInput label={t('assessments.competences.nameSv')} value={sv} onChange={(e) => setSv(e.currentTarget.value)} error={error} data-autofocus />
          <TextInput label={t('assessments.competences.nameEn')} value={en} onChange={(e) => setEn(e.currentTarget.value)} />
          <Textarea label={t('assessments.competences.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('assessments.competences.customCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
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
    if (keychain && !/^\d{4,12}$/.test(code)) {
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
            <PasswordInput
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="handover-confirm">
              {t('assessments.handover.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

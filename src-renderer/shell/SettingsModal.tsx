import { useEffect, useState } from 'react';
import { Loader, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { notifyError } from '../lib/errors';
import { AutoText } from '../lib/fields';
import { useLanguage } from '../lib/language';
import { useSaveStatus } from '../lib/saveStatus';
import { SaveIndicator } from '../lib/SaveIndicator';
import type { Settings } from '../shared/api';
import type { Language } from '../shared/i18n';
import { useSession } from '../features/session/store';

export function SettingsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('settings.title')} size="md">
      <SettingsForm />
    </Modal>
  );
}

function SettingsForm() {
  const { t, i18n } = useTranslation();
  const { change } = useLanguage();
  const status = useSession((s) => s.status);
  const setStatus = useSession((s) => s.setStatus);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    invoke('settings.get', {}).then(setSettings, notifyError);
  }, []);

  const save = (patch: Partial<Settings>) => {
    const trimmed = Object.fromEntries(
      Object.entries(patch).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? null : v]),
    ) as Partial<Settings>;
    if (settings && Object.entries(trimmed).every(([k, v]) => settings[k as keyof Settings] === v)) return;
    useSaveStatus
      .getState()
      .track(() => invoke('settings.update', trimmed))
      .then(setSettings, notifyError);
  };

  const chooseLanguage = async (value: string) => {
    if (value !== 'system') return change(value as Language);
    const system = status?.systemLanguage ?? 'en';
    await i18n.changeLanguage(system);
    document.documentElement.lang = system;
    try {
      setStatus(await invoke('session.setLanguage', { language: null }));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      {settings === null ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <Stack gap="md" data-testid="settings-form">
          <Text size="sm" c="dimmed">
            {t('settings.intro')}
          </Text>
          <AutoText
            name="advisorName"
            label={t('settings.advisorName')}
            value={settings.advisorName}
            onCommit={(v) => save({ advisorName: v })}
            data-autofocus
          />
          <AutoText
            name="office"
            label={t('settings.office')}
            placeholder={t('settings.officePlaceholder')}
            value={settings.office}
            onCommit={(v) => save({ office: v })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="settings-language">
              {t('settings.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="settings-language"
              value={status?.language ?? 'system'}
              onChange={(v) => void chooseLanguage(v)}
              data={[
                { value: 'system', label: t('settings.languageSystem') },
                { value: 'sv', label: <span lang="sv">{t('shell.language.sv')}</span> },
                { value: 'en', label: <span lang="en">{t('shell.language.en')}</span> },
              ]}
            />
          </Stack>
          <SaveIndicator />
        </Stack>
      )}
    </>
  );
}

import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Divider, Loader, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { PassphraseInput } from '../lib/PassphraseInput';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, invoke } from '../api/client';
import { errorKey, fieldMessageKey, notifyError, notifySuccess, tx } from '../lib/errors';
import { AutoText } from '../lib/fields';
import { useLanguage } from '../lib/language';
import { useSaveStatus } from '../lib/saveStatus';
import { SaveIndicator } from '../lib/SaveIndicator';
import { api } from '@shared/api';
import { loadPassphraseEstimator } from '@shared/domain/passphrase';
import type { Settings } from '@shared/api/session';
import type { Language } from '@shared/i18n';
import { useSession } from '../features/session/store';
import { NewPassphraseFields } from '../features/session/NewPassphraseFields';
import { AidRateSettings } from '../features/aid';
import { BackupSettings } from '../features/backups/BackupSettings';
import { FolderSetting } from '../features/exchange/FolderSetting';
import { ProgrammeIdentitySettings } from '../features/printIdentity/ProgrammeIdentitySettings';
import { RetentionSettings } from '../features/retention';

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
          <FolderSetting value={settings.exchangeFolder} onCommit={(v) => save({ exchangeFolder: v })} />
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
          <AidRateSettings settings={settings} save={save} />
          <ProgrammeIdentitySettings settings={settings} save={save} />
          <RetentionSettings />
          <BackupSettings settings={settings} save={save} />
          <SaveIndicator />
          {status?.unlockMode === 'passphrase' && <ChangePassphrase />}
        </Stack>
      )}
    </>
  );
}

type PassphraseField = 'current' | 'passphrase' | 'confirmation';
const EMPTY = { current: '', passphrase: '', confirmation: '' };

/** Passphrase mode only: re-encrypts the store under a new passphrase (keychain mode has none to change). */
function ChangePassphrase() {
  const { t } = useTranslation();
  const setStatus = useSession((s) => s.setStatus);
  const [values, setValues] = useState<Record<PassphraseField, string>>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<PassphraseField, string>>>({});
  const [busy, setBusy] = useState(false);

  const set = (field: PassphraseField) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  /** The first message for each field, as an i18n key, from the contract's own rules or the server's answer. */
  function byField(issues: readonly { path: string | readonly PropertyKey[]; message: string }[]) {
    const found: typeof errors = {};
    for (const issue of issues) {
      const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
      const field = (['current', 'confirmation'] as const).find((f) => path === f) ?? 'passphrase';
      found[field] ??= fieldMessageKey(issue.message);
    }
    return found;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    await loadPassphraseEstimator();
    const parsed = api['session.changePassphrase'].input.safeParse(values);
    if (!parsed.success) {
      setErrors(byField(parsed.error.issues));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      setStatus(await invoke('session.changePassphrase', values));
      setValues(EMPTY);
      notifySuccess(t('settings.passphrase.changed'));
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) setErrors(byField(error.issues));
      else if (error instanceof ApiError && error.code === 'store.wrongPassphrase') setErrors({ current: errorKey(error) });
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  const message = (key: string | undefined) => (key ? tx(t, key) : undefined);

  return (
    <Stack gap="sm" data-testid="change-passphrase">
      <Divider mt="xs" />
      <Title order={3} size="h5">
        {t('settings.passphrase.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.passphrase.intro')}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <PassphraseInput
            name="current"
            label={t('settings.passphrase.current')}
            value={values.current}
            onChange={set('current')}
            error={message(errors.current)}
            autoComplete="current-password"
            required
          />
          <NewPassphraseFields
            labels={{ passphrase: t('settings.passphrase.new'), confirmation: t('settings.passphrase.confirmation') }}
            values={values}
            errors={{ passphrase: message(errors.passphrase), confirmation: message(errors.confirmation) }}
            onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
          />
          <Button type="submit" loading={busy} leftSection={<IconLock size={18} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
            {t('settings.passphrase.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

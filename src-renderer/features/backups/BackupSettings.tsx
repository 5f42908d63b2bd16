import { useCallback, useEffect, useState } from 'react';
import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '@shared/api';
import type { BackupList } from '@shared/api/backups';
import type { Settings } from '@shared/api/session';
import { MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES } from '@shared/api/session';
import { invoke } from '../../api/client';
import { fieldMessageKey, notifyError, notifySuccess, tx } from '../../lib/errors';
import { AutoNumber, AutoText } from '../../lib/fields';
import { useAutoLockMinutes } from '../../shell/autoLock';
import { useSession } from '../session';
import { BackupTable } from './BackupTable';
import { KeyExport } from './KeyExport';

type Key = 'backupFolder' | 'autoLockMinutes';

/**
 * Settings → Backups and locking: the backup folder, the idle minutes before the data locks, "Back up now", the
 * backups with Restore, and (keychain mode) the key export. Each value is checked with the contract's schema at its
 * field before the dialog's `save` stores it.
 */
export function BackupSettings({ settings, save }: { settings: Settings; save(patch: Partial<Settings>): void }) {
  const { t } = useTranslation();
  const unlockMode = useSession((s) => s.status?.unlockMode);
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState(false);
  const shape = api['settings.update'].input.shape;

  const load = useCallback(() => invoke('backups.list', {}).then(setList, notifyError), []);
  useEffect(() => {
    void load();
  }, [load, settings.backupFolder]);

  const commit = <K extends Key>(key: K, value: Settings[K]) => {
    const parsed = shape[key].safeParse(value);
    setErrors((e) => ({ ...e, [key]: parsed.success ? undefined : tx(t, fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid')) }));
    if (!parsed.success) return;
    save({ [key]: value });
    if (key === 'autoLockMinutes' && typeof value === 'number') useAutoLockMinutes.getState().set(value);
  };

  async function backupNow() {
    setBusy(true);
    try {
      const made = await invoke('backups.now', {});
      notifySuccess(t('backups.settings.made', { name: made.name }));
      await load();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" data-testid="backup-settings">
      <Divider mt="xs" />
      <Title order={3} size="h5">
        {t('backups.settings.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('backups.settings.intro')}
      </Text>
      <AutoText
        name="backupFolder"
        label={t('backups.settings.folder')}
        description={t('backups.settings.folderHint')}
        value={settings.backupFolder}
        error={errors.backupFolder}
        onCommit={(v) => commit('backupFolder', v)}
      />
      {unlockMode === 'passphrase' && (
        <AutoNumber
          name="autoLockMinutes"
          label={t('backups.settings.autoLock')}
          description={t('backups.settings.autoLockHint')}
          value={settings.autoLockMinutes}
          min={MIN_AUTO_LOCK_MINUTES}
          max={MAX_AUTO_LOCK_MINUTES}
          error={errors.autoLockMinutes}
          onCommit={(v) => commit('autoLockMinutes', v ?? Number.NaN)}
        />
      )}
      <Group>
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconDatabaseExport size={16} aria-hidden />}
          onClick={() => void backupNow()}
        >
          {t('backups.settings.now')}
        </Button>
      </Group>
      {list && <BackupTable list={list} />}
      {unlockMode === 'keychain' && <KeyExport />}
    </Stack>
  );
}

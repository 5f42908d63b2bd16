import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Modal, Stack, Text } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '@shared/api/backups';
import { invoke } from '../../api/client';
import { fieldMessageKey, notifyError, tx } from '../../lib/errors';
import { useSession } from '../session';
import { BackupTable } from './BackupTable';

/**
 * On the unlock and startup-error screens: the backups, read with the passphrase they were made with (keychain mode:
 * the keychain's key), and Restore.
 */
export function RestoreButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" size="sm" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('backups.restore.open')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('backups.restore.title')} size="lg">
        {opened && <RestoreForm />}
      </Modal>
    </>
  );
}

function RestoreForm() {
  const { t } = useTranslation();
  const keychain = useSession((s) => s.status?.unlockMode === 'keychain');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [list, setList] = useState<{ list: BackupList; passphrase?: string } | null>(null);

  async function show(e?: FormEvent) {
    e?.preventDefault();
    if (!keychain && passphrase.length === 0) return setError(fieldMessageKey('required'));
    setError(null);
    try {
      const given = keychain ? undefined : passphrase;
      setList({ list: await invoke('backups.list', given ? { passphrase: given } : {}), ...(given ? { passphrase: given } : {}) });
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <Stack gap="md" data-testid="restore-backups">
      {!keychain && (
        <form onSubmit={(e) => void show(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('backups.restore.intro')}</Text>
            <PassphraseInput
              name="backupPassphrase"
              label={t('backups.restore.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={error ? tx(t, error) : undefined}
              autoComplete="current-password"
              data-autofocus
              required
            />
            <Button type="submit" style={{ alignSelf: 'flex-start' }}>
              {t('backups.restore.show')}
            </Button>
          </Stack>
        </form>
      )}
      {keychain && !list && (
        <Button onClick={() => void show()} style={{ alignSelf: 'flex-start' }} data-autofocus>
          {t('backups.restore.show')}
        </Button>
      )}
      {list && <BackupTable list={list.list} {...(list.passphrase ? { passphrase: list.passphrase } : {})} />}
    </Stack>
  );
}

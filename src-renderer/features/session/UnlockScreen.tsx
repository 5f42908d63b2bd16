import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { IconAlertCircle, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorKey, errorParams, fieldMessageKey, tx } from '../../lib/errors';
import { useScreen } from '../../lib/screen';
import { SessionLayout, SessionTitle } from './SessionLayout';
import { SetAsideButton } from './SetAsideButton';
import { RestoreButton } from '../backups';
import { useSession } from './store';
import type { ErrorCode } from '@shared/api/errors';

/** Unlock failures that get the startup-error screen instead of a message here. */
const RECOVERY_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['store.corrupt', 'store.newerVersion']);

export function UnlockScreen() {
  const { t } = useTranslation();
  const unlock = useSession((s) => s.unlock);
  const showRecovery = useSession((s) => s.showRecovery);
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useScreen('unlock', true, t('session.unlock.title'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    if (passphrase.length === 0) {
      setFieldError(fieldMessageKey('required'));
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      await unlock(passphrase);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'store.wrongPassphrase') {
        setFieldError('errors.store.wrongPassphrase');
        setPassphrase('');
      } else if (error instanceof ApiError && RECOVERY_CODES.has(error.code)) {
        // No passphrase fixes these: their own screen with the recovery steps.
        showRecovery({ code: error.code, params: error.params });
      } else if (error instanceof ApiError && error.issues.length > 0) {
        setFieldError(fieldMessageKey(error.issues[0]?.message ?? 'invalid'));
      } else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <SessionLayout screen="unlock" ready>
      <SessionTitle>{t('session.unlock.title')}</SessionTitle>
      <Text>{t('session.unlock.intro')}</Text>
      {failure !== null && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t(errorKey(failure), errorParams(failure))}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <PassphraseInput
            label={t('session.unlock.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={fieldError ? tx(t, fieldError) : undefined}
            autoComplete="current-password"
            data-autofocus
            autoFocus
            required
            name="passphrase"
          />
          <Button type="submit" loading={busy} leftSection={<IconLockOpen size={18} aria-hidden />} size="md">
            {t('session.unlock.submit')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('session.unlock.forgotten')}{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => showRecovery({ code: 'store.wrongPassphrase' })}>
              {t('session.recovery.forgotLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
      <Divider />
      <Group justify="flex-end">
        <RestoreButton />
        <SetAsideButton />
      </Group>
    </SessionLayout>
  );
}

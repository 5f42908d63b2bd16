import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorKey, errorParams, fieldMessageKey, tx } from '../../lib/errors';
import { useScreen } from '../../lib/screen';
import { SessionLayout, SessionTitle } from './SessionLayout';
import { useSession } from './store';

export function UnlockScreen() {
  const { t } = useTranslation();
  const unlock = useSession((s) => s.unlock);
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
          {tx(t, errorKey(failure), errorParams(failure))}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <PasswordInput
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
            {t('session.unlock.forgotten')}
          </Text>
        </Stack>
      </form>
    </SessionLayout>
  );
}

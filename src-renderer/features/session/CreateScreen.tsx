import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { MIN_PASSPHRASE_LENGTH } from '@shared/api/session';
import { judgePassphrase, loadPassphraseEstimator, passphraseReasonKey } from '@shared/domain/passphrase';
import { fieldMessageKey, notifyError, tx } from '../../lib/errors';
import { useScreen } from '../../lib/screen';
import { SessionLayout, SessionTitle } from './SessionLayout';
import { useSession } from './store';
import { StrengthMeter } from './StrengthMeter';

export function CreateScreen() {
  const { t } = useTranslation();
  const create = useSession((s) => s.create);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string }>({});
  const [busy, setBusy] = useState(false);
  useScreen('create', true, t('session.create.title'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    await loadPassphraseEstimator();
    const { reason } = judgePassphrase(passphrase);
    if (reason) next.passphrase = fieldMessageKey(passphraseReasonKey(reason));
    if (passphrase !== confirmation) next.confirmation = fieldMessageKey('passphraseMismatch');
    setErrors(next);
    if (next.passphrase || next.confirmation) return;
    setBusy(true);
    try {
      await create(passphrase, confirmation);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const fromServer: typeof errors = {};
        for (const issue of error.issues) {
          const field = issue.path.split('.').pop() === 'confirmation' ? 'confirmation' : 'passphrase';
          fromServer[field] = fieldMessageKey(issue.message);
        }
        setErrors(fromServer);
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <SessionLayout screen="create" ready>
      <SessionTitle>{t('session.create.title')}</SessionTitle>
      <Text>{t('session.create.intro')}</Text>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('session.create.warningTitle')}>
        {t('session.create.warning')}
      </Alert>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <div>
            <PassphraseInput
              label={t('session.create.passphrase')}
              description={t('session.create.passphraseDescription', { min: MIN_PASSPHRASE_LENGTH })}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={errors.passphrase ? tx(t, errors.passphrase) : undefined}
              autoComplete="new-password"
              data-autofocus
              required
              name="passphrase"
            />
            <StrengthMeter passphrase={passphrase} />
          </div>
          <PassphraseInput
            label={t('session.create.confirmation')}
            value={confirmation}
            onChange={(e) => setConfirmation(e.currentTarget.value)}
            error={errors.confirmation ? tx(t, errors.confirmation) : undefined}
            autoComplete="new-password"
            required
            name="confirmation"
          />
          <Button type="submit" loading={busy} leftSection={<IconLock size={18} aria-hidden />} size="md">
            {t('session.create.submit')}
          </Button>
        </Stack>
      </form>
    </SessionLayout>
  );
}

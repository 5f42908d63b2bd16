import { useState } from 'react';
import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { FormActions } from '../../lib/FormActions';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { useSession } from '../session';

/** Handing the laptop back: the advisor's passphrase (or, in keychain mode, the handover code) ends the mode. */
export function ExitModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
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

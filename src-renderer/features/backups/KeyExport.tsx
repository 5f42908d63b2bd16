import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '@shared/api';
import { loadPassphraseEstimator } from '@shared/domain/passphrase';
import { ApiError, invoke } from '../../api/client';
import { fieldMessageKey, notifyError, notifySuccess, tx } from '../../lib/errors';
import { download } from '../exchange';
import { NewPassphraseFields } from '../session';

type Field = 'passphrase' | 'confirmation';
const EMPTY = { passphrase: '', confirmation: '' };

/** Keychain mode: the store's key as a file, encrypted with a passphrase the advisor chooses (an age file). */
export function KeyExport() {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  const byField = (issues: readonly { path: string | readonly PropertyKey[]; message: string }[]) => {
    const found: typeof errors = {};
    for (const issue of issues) {
      const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
      found[path === 'confirmation' ? 'confirmation' : 'passphrase'] ??= fieldMessageKey(issue.message);
    }
    return found;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    await loadPassphraseEstimator();
    const parsed = api['backups.exportKey'].input.safeParse(values);
    if (!parsed.success) return setErrors(byField(parsed.error.issues));
    setErrors({});
    setBusy(true);
    try {
      const file = await invoke('backups.exportKey', values);
      download(file.fileName, file.base64);
      setValues(EMPTY);
      notifySuccess(t('backups.key.done', { name: file.fileName }));
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) setErrors(byField(error.issues));
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  const message = (key: string | undefined) => (key ? tx(t, key) : undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="key-export">
      <Stack gap="sm">
        <Title order={4} size="h6">
          {t('backups.key.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backups.key.intro')}
        </Text>
        <NewPassphraseFields
          labels={{ passphrase: t('backups.key.passphrase'), confirmation: t('backups.key.confirmation') }}
          names={{ passphrase: 'keyPassphrase', confirmation: 'keyConfirmation' }}
          values={values}
          errors={{ passphrase: message(errors.passphrase), confirmation: message(errors.confirmation) }}
          onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
        />
        <Button
          type="submit"
          variant="default"
          loading={busy}
          leftSection={<IconKey size={16} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('backups.key.submit')}
        </Button>
      </Stack>
    </form>
  );
}

import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { SET_ASIDE_PHRASES } from '@shared/api/session';
import type { SetAsideResult } from '@shared/api/session';
import { fieldMessageKey, notifyError, tx } from '../../lib/errors';
import { TypedConfirmForm } from '../../lib/TypedConfirmForm';
import { useSession } from './store';

/**
 * "Start again with an empty store": the hardest button to press. A red outline at the bottom of the screen,
 * then a modal that explains what happens and wants a phrase typed. The data is moved, never deleted.
 */
export function SetAsideButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [result, setResult] = useState<SetAsideResult | null>(null);
  const finish = useSession((s) => s.finishSetAside);

  function close() {
    if (result) {
      // The status changes only now: the screen behind stays until the advisor has read where the data went.
      if (!result.restartRequired) finish(result);
      return;
    }
    setOpened(false);
  }

  return (
    <>
      <Button variant="outline" color="red.9" size="sm" leftSection={<IconArchive size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('session.setAside.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={result ? t('session.setAside.doneTitle') : t('session.setAside.title')}
        size="md"
        closeOnClickOutside={false}
        withCloseButton={!result?.restartRequired}
        closeOnEscape={!result?.restartRequired}
      >
        <div data-testid="set-aside-modal" data-done={result ? 'true' : 'false'}>
          {result ? <Done result={result} onContinue={() => finish(result)} /> : <ConfirmForm onCancel={close} onDone={setResult} />}
        </div>
      </Modal>
    </>
  );
}

/** Lives inside the modal, so it starts empty every time the modal opens. */
function ConfirmForm({ onCancel, onDone }: { onCancel(): void; onDone(result: SetAsideResult): void }) {
  const { t } = useTranslation();
  const setAside = useSession((s) => s.setAside);
  const [error, setError] = useState<string | null>(null);
  const phrase = t('session.setAside.phrase');

  async function confirm(typed: string) {
    setError(null);
    try {
      onDone(await setAside(typed));
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) setError(fieldMessageKey(err.issues[0]?.message ?? 'invalid'));
      else notifyError(err);
    }
  }

  return (
    <TypedConfirmForm
      noValidate
      label={t('session.setAside.phraseLabel', { phrase })}
      error={error ? tx(t, error) : undefined}
      name="confirmation"
      accepts={(typed) => SET_ASIDE_PHRASES.includes(typed.trim())}
      onConfirm={confirm}
      cancelLabel={t('session.setAside.cancel')}
      onCancel={onCancel}
      submitLabel={t('session.setAside.submit')}
      submitIcon={IconArchive}
    >
      <Text>{t('session.setAside.explanation')}</Text>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {t('session.setAside.keep')}
      </Alert>
    </TypedConfirmForm>
  );
}

function Done({ result, onContinue }: { result: SetAsideResult; onContinue(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text>{t('session.setAside.doneFolder')}</Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconFolder size={20} aria-hidden />
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }} data-testid="set-aside-folder">
          {result.folder}
        </Code>
      </Group>
      <Text>{result.restartRequired ? t('session.setAside.doneRestart') : t('session.setAside.doneNext')}</Text>
      {!result.restartRequired && (
        <Group justify="flex-end">
          <Button onClick={onContinue} data-autofocus>
            {t('session.setAside.continue')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

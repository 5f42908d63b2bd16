import { useState } from 'react';
import { Alert, Button, FileInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { IconDownload, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REPLACE_IDENTITY_PHRASES } from '@shared/api/offices';
import type { OwnOffice } from '@shared/api/offices';
import { useAcceptablePassphrase } from '../../lib/passphraseEstimator';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { Section } from '../../lib/Section';
import { bytesToBase64, download } from '../exchange';
import { StrengthMeter } from '../session';

type Message = { ok: boolean; text: string } | null;

function Outcome({ message, testId }: { message: Message; testId: string }) {
  if (!message) return null;
  return (
    <Alert color={message.ok ? 'green' : 'red'} data-testid={`${testId}-${message.ok ? 'done' : 'error'}`}>
      {message.text}
    </Alert>
  );
}

function ExportKey() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const acceptable = useAcceptablePassphrase(passphrase);
  const mismatch = confirmation.length > 0 && confirmation !== passphrase;

  async function run() {
    setBusy(true);
    setMessage(null);
    try {
      const r = await invoke('offices.exportIdentity', { passphrase, confirmation });
      download(r.fileName, r.base64);
      setMessage({ ok: true, text: t('offices.identity.exported', { fileName: r.fileName }) });
      setPassphrase('');
      setConfirmation('');
    } catch (error) {
      setMessage({ ok: false, text: translateError(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" data-testid="identity-export">
      <Title order={3} size="h5">
        {t('offices.identity.export')}
      </Title>
      <PassphraseInput label={t('offices.identity.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
      <StrengthMeter passphrase={passphrase} />
      <PassphraseInput
        label={t('offices.identity.confirmation')}
        value={confirmation}
        onChange={(e) => setConfirmation(e.currentTarget.value)}
        error={mismatch ? t('errors.field.passphraseMismatch') : null}
      />
      <Button
        onClick={() => void run()}
        disabled={busy || !acceptable || passphrase !== confirmation}
        loading={busy}
        leftSection={<IconDownload size={18} aria-hidden />}
        w="fit-content"
        data-testid="identity-export-submit"
      >
        {t('offices.identity.export')}
      </Button>
      <Outcome message={message} testId="identity-export" />
    </Stack>
  );
}

function ImportKey({ onImported }: { onImported(own: OwnOffice): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const phrase = t('offices.identity.confirmPhrase');
  const confirmed = REPLACE_IDENTITY_PHRASES.includes(typed.trim());

  async function run() {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const own = await invoke('offices.importIdentity', { base64, passphrase, confirmation: typed });
      setMessage({ ok: true, text: t('offices.identity.imported', { fingerprint: own.fingerprint }) });
      setPassphrase('');
      setTyped('');
      onImported(own);
    } catch (error) {
      setMessage({ ok: false, text: translateError(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" data-testid="identity-import">
      <Title order={3} size="h5">
        {t('offices.identity.import')}
      </Title>
      <FileInput label={t('offices.identity.file')} accept=".age" value={file} onChange={setFile} data-testid="identity-file" />
      <PassphraseInput
        label={t('offices.identity.importPassphrase')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        data-testid="identity-passphrase"
      />
      <TextInput
        label={t('offices.identity.confirm', { phrase })}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        autoComplete="off"
        data-testid="identity-confirm"
      />
      <Button
        color="red.9"
        onClick={() => void run()}
        disabled={busy || !file || !passphrase || !confirmed}
        loading={busy}
        leftSection={<IconKey size={18} aria-hidden />}
        w="fit-content"
        data-testid="identity-import-submit"
      >
        {t('offices.identity.import')}
      </Button>
      <Outcome message={message} testId="identity-import" />
    </Stack>
  );
}

/** The office key on its way to another computer: exported with a passphrase, imported after a typed confirmation. */
export function IdentityTransfer({ onImported }: { onImported(own: OwnOffice): void }) {
  const { t } = useTranslation();
  return (
    <Section title={t('offices.identity.title')} testId="identity-transfer">
      <Text>{t('offices.identity.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <ExportKey />
        <ImportKey onImported={onImported} />
      </SimpleGrid>
    </Section>
  );
}

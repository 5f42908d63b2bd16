import { useState } from 'react';
import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useFormat } from '../../lib/format';
import type { ResultOf } from '@shared/api';
import { bytesToBase64 } from './files';
import { useRun } from './useRun';
import { SenderNote } from '../offices';
import { PreviewDecision, type Resolutions } from './ImportPreview';

type Preview = ResultOf<'exchange.preview'>;
type Counts = ResultOf<'exchange.apply'>;

export function countParams(c: Counts) {
  return {
    cNew: c.companies.new,
    cUpdated: c.companies.updated,
    cUnchanged: c.companies.unchanged,
    cDeleted: c.companies.deleted,
    cConflicts: c.companies.conflicts,
    pNew: c.people.new,
    pUpdated: c.people.updated,
    pDeleted: c.people.deleted,
    pConflicts: c.people.conflicts,
  };
}

export function ImportPanel({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const [result, setResult] = useState<Counts | null>(null);
  const { busy, error, run } = useRun();

  const onPreview = () =>
    run(async () => {
      if (!file) return;
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      setResult(null);
      setResolutions({});
      setPreview(await invoke('exchange.preview', passphrase ? { base64, passphrase } : { base64 }));
    });

  const onApply = () =>
    run(async () => {
      if (!preview) return;
      setResult(await invoke('exchange.apply', { previewId: preview.previewId, resolutions }));
      setPreview(null);
      setPassphrase('');
      onImported();
    });

  return (
    <Stack data-testid="exchange-import" data-ready={busy ? 'false' : 'true'}>
      <Group align="end" wrap="wrap">
        <FileInput
          label={t('exchange.import.file')}
          accept=".vaxtkraft"
          value={file}
          onChange={setFile}
          w={320}
          data-testid="import-file"
        />
        <PassphraseInput
          label={t('offices.sender.passphraseOptional')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          w={280}
          data-testid="import-passphrase"
        />
        <Button onClick={() => void onPreview()} disabled={!file} loading={busy && !preview} data-testid="import-preview">
          {t('exchange.import.preview')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" data-testid="import-error">
          {error}
        </Alert>
      )}
      {result && (
        <Alert color="green" data-testid="import-result">
          {t('exchange.import.result', countParams(result))}
        </Alert>
      )}
      {preview && (
        <Stack data-testid="import-preview-table">
          <SenderNote sender={preview.sender} />
          <Text size="sm">
            {t('exchange.import.source', {
              office: preview.source.office ?? t('exchange.import.unknown'),
              advisor: preview.source.advisor ?? t('exchange.import.unknown'),
              exportedAt: fmt.dateTime(preview.source.exportedAt),
            })}
          </Text>
          <PreviewDecision
            preview={preview}
            resolutions={resolutions}
            setResolutions={setResolutions}
            busy={busy}
            onApply={() => void onApply()}
            onCancel={() => setPreview(null)}
            testPrefix="import"
          />
        </Stack>
      )}
    </Stack>
  );
}

import { useState } from 'react';
import { Alert, Badge, Button, FileInput, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { tx } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import type { ResultOf } from '@shared/api';
import { bytesToBase64 } from './files';
import { useRun } from './useRun';
import { SenderNote } from '../offices';

type Preview = ResultOf<'exchange.preview'>;
type Counts = ResultOf<'exchange.apply'>;
type Conflict = Preview['companies'][number]['conflicts'][number];

const KIND_COLOR = { new: 'forest', updated: 'blue.9', unchanged: 'gray.8', conflict: 'red.9' } as const;

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

type Resolutions = Record<string, 'mine' | 'theirs'>;

/** A conflict in the advisor's language: what it is, its name, and the differing fields (never a raw field name). */
function useConflictLabel(): (k: Conflict) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (k) => {
    const entity = t(`exchange.entity.${k.entity}`);
    const name =
      k.entity === 'round' && k.roundKind && k.roundDate
        ? t('exchange.import.roundName', { kind: t(`assessments.kind.${k.roundKind}`), date: format.date(k.roundDate) })
        : k.entity === 'round'
          ? ''
          : k.name;
    const subject = name ? t('exchange.import.subject', { entity, name }) : entity;
    const fields = [
      ...new Set(
        k.fields.map((f) => {
          const key = `exchange.field.${f}`;
          return i18n.exists(key) ? tx(t, key) : t('exchange.import.otherDetails');
        }),
      ),
    ];
    return t('exchange.import.conflict', { subject, fields: fields.join(', ') });
  };
}

interface PreviewTableProps {
  preview: Preview;
  resolutions: Resolutions;
  onResolve(key: string, choice: 'mine' | 'theirs'): void;
}

/** What the file would change, company by company, with a choice for every conflict. */
export function PreviewTable({ preview, resolutions, onResolve }: PreviewTableProps) {
  const { t } = useTranslation();
  const conflictLabel = useConflictLabel();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('exchange.import.company')}</Table.Th>
          <Table.Th>{t('exchange.import.kind')}</Table.Th>
          <Table.Th>{t('exchange.import.recordsHeading')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.companies.map((c) => (
          <Table.Tr key={c.id} data-kind={c.kind}>
            <Table.Td>
              <Text>{c.name}</Text>
              {c.conflicts.map((k) => (
                <Radio.Group
                  key={k.key}
                  label={conflictLabel(k)}
                  value={resolutions[k.key] ?? null}
                  onChange={(v) => onResolve(k.key, v as 'mine' | 'theirs')}
                  data-testid={`conflict-${k.key}`}
                >
                  <Group mt={4}>
                    <Radio value="mine" label={t('exchange.import.mine')} />
                    <Radio value="theirs" label={t('exchange.import.theirs')} disabled={k.onlyMine} />
                  </Group>
                </Radio.Group>
              ))}
            </Table.Td>
            <Table.Td>
              <Badge color={KIND_COLOR[c.kind]}>{t(`exchange.import.kinds.${c.kind}`)}</Badge>
            </Table.Td>
            <Table.Td data-testid={`import-records-${c.id}`}>
              <Text size="sm">
                {t('exchange.import.records', {
                  rNew: c.rounds.new,
                  rUpdated: c.rounds.updated,
                  rConflicts: c.rounds.conflicts,
                  aNew: c.activities.new,
                  aUpdated: c.activities.updated,
                  aConflicts: c.activities.conflicts,
                })}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface PreviewDecisionProps {
  preview: Preview;
  resolutions: Resolutions;
  setResolutions(update: (r: Resolutions) => Resolutions): void;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
  /** Test ids: `<prefix>-counts` and `<prefix>-apply`. */
  testPrefix: string;
}

/** What a previewed file would do, the conflicts to decide, and apply or cancel: the same for a chosen file and the inbox. */
export function PreviewDecision({ preview, resolutions, setResolutions, busy, onApply, onCancel, testPrefix }: PreviewDecisionProps) {
  const { t } = useTranslation();
  const unresolved = preview.companies.flatMap((c) => c.conflicts).filter((c) => !resolutions[c.key]).length;
  return (
    <>
      <Text fw={500} data-testid={`${testPrefix}-counts`}>
        {t('exchange.import.counts', countParams(preview.counts))}
      </Text>
      <PreviewTable preview={preview} resolutions={resolutions} onResolve={(key, v) => setResolutions((r) => ({ ...r, [key]: v }))} />
      <Group>
        <Button onClick={onApply} disabled={unresolved > 0} loading={busy} data-testid={`${testPrefix}-apply`}>
          {t('exchange.import.apply')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('exchange.import.cancel')}
        </Button>
      </Group>
    </>
  );
}

export function ImportPanel({ onImported }: { onImported(): void }) {
  const { t, i18n } = useTranslation();
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
              exportedAt: new Date(preview.source.exportedAt).toLocaleString(i18n.language),
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

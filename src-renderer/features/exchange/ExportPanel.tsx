import { useEffect, useState } from 'react';
import { Alert, Button, MultiSelect, SegmentedControl, Stack } from '@mantine/core';
import { PassphraseInput } from '../../lib/PassphraseInput';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { translateError } from '../../lib/errors';
import { useAcceptablePassphrase } from '../../lib/passphraseEstimator';
import { maskOrgNumber } from '@shared/domain/orgNumber';
import { download } from './files';
import { StrengthMeter } from '../session';
import { ExportTarget } from '../offices';
import type { ExportMode } from '../offices';

export function ExportPanel() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'all' | 'chosen'>('all');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [mode, setMode] = useState<ExportMode>('offices');
  const [officeIds, setOfficeIds] = useState<string[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    invoke('companies.list', { limit: 1000, includeArchived: true })
      .then((r) => setOptions(r.items.map((c) => ({ value: c.id, label: `${c.name} (${maskOrgNumber(c.orgNumber, c.orgKind)})` }))))
      .catch(() => setOptions([]));
  }, []);

  const mismatch = confirmation.length > 0 && confirmation !== passphrase;
  const acceptable = useAcceptablePassphrase(passphrase);
  const protectedOk = mode === 'offices' ? officeIds.length > 0 : acceptable && passphrase === confirmation;
  const canExport = !busy && protectedOk && (scope === 'all' || chosen.length > 0);

  async function onExport() {
    setBusy(true);
    setMessage(null);
    try {
      const companyIds = scope === 'all' ? 'all' : chosen;
      const to = mode === 'offices' ? { officeIds } : { passphrase, confirmation };
      const r = await invoke('exchange.export', { companyIds, ...to });
      download(r.fileName, r.base64);
      setMessage({ ok: true, text: t('exchange.export.done', { companies: r.companies, people: r.people, fileName: r.fileName }) });
      setPassphrase('');
      setConfirmation('');
    } catch (error) {
      setMessage({ ok: false, text: translateError(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={560} data-testid="exchange-export">
      <SegmentedControl
        aria-label={t('exchange.export.scope')}
        value={scope}
        onChange={(v) => setScope(v as 'all' | 'chosen')}
        data={[
          { value: 'all', label: t('exchange.export.all') },
          { value: 'chosen', label: t('exchange.export.chosen') },
        ]}
      />
      {scope === 'chosen' && (
        <MultiSelect
          label={t('exchange.export.choose')}
          placeholder={t('exchange.export.search')}
          data={options}
          value={chosen}
          onChange={setChosen}
          searchable
          clearable
          data-testid="export-companies"
        />
      )}
      <ExportTarget mode={mode} onMode={setMode} officeIds={officeIds} onOffices={setOfficeIds} />
      {mode === 'passphrase' && (
        <>
          <PassphraseInput
            label={t('exchange.export.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            data-testid="export-passphrase"
          />
          <StrengthMeter passphrase={passphrase} />
          <PassphraseInput
            label={t('exchange.export.confirmation')}
            value={confirmation}
            onChange={(e) => setConfirmation(e.currentTarget.value)}
            error={mismatch ? t('errors.field.passphraseMismatch') : null}
            data-testid="export-confirmation"
          />
        </>
      )}
      <Button onClick={() => void onExport()} disabled={!canExport} loading={busy} data-testid="export-submit">
        {t('exchange.export.submit')}
      </Button>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} data-testid={message.ok ? 'export-done' : 'export-error'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}

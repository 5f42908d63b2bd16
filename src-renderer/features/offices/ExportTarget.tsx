import { useEffect, useState } from 'react';
import { Alert, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Office } from '@shared/api/offices';
import { invoke } from '../../api/client';

export type ExportMode = 'offices' | 'passphrase';

interface Props {
  mode: ExportMode;
  onMode(mode: ExportMode): void;
  officeIds: string[];
  onOffices(ids: string[]): void;
}

/** Who can open an exported file: chosen offices of the address book, or (the odd case) whoever has a passphrase. */
export function ExportTarget({ mode, onMode, officeIds, onOffices }: Props) {
  const { t } = useTranslation();
  const [offices, setOffices] = useState<Office[]>([]);
  useEffect(() => {
    invoke('offices.list', {})
      .then(setOffices)
      .catch(() => setOffices([]));
  }, []);
  const options = offices.map((o) => ({
    value: o.id,
    label: o.verifiedAt ? o.name : t('offices.export.unverified', { name: o.name }),
  }));
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t('offices.export.to')}
      </Text>
      <SegmentedControl
        aria-label={t('offices.export.to')}
        value={mode}
        onChange={(v) => onMode(v as ExportMode)}
        data={[
          { value: 'offices', label: t('offices.export.offices') },
          { value: 'passphrase', label: t('offices.export.passphrase') },
        ]}
        data-testid="export-mode"
      />
      {mode === 'offices' &&
        (offices.length === 0 ? (
          <Alert color="blue" data-testid="export-no-offices">
            {t('offices.export.none')}
          </Alert>
        ) : (
          <MultiSelect
            label={t('offices.export.choose')}
            description={t('offices.export.chooseHint')}
            data={options}
            value={officeIds}
            onChange={onOffices}
            searchable
            clearable
            data-testid="export-offices"
          />
        ))}
    </Stack>
  );
}

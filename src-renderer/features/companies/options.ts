import { useTranslation } from 'react-i18next';
import type { ComboboxData } from '@mantine/core';
import { COMPANY_STATUSES, SIZE_CLASSES } from '@shared/domain/company';
import { MUNICIPALITIES, OTHER_MUNICIPALITY, municipalityByCode } from '@shared/domain/municipalities';
import type { CompanyStatus } from '@shared/domain/company';

export const STATUS_COLOR: Record<CompanyStatus, string> = {
  prospect: 'gray',
  enrolled: 'forest',
  completed: 'blue',
  withdrawn: 'red',
};

const byName = [...MUNICIPALITIES].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

export function useMunicipalityOptions(withOther: boolean): ComboboxData {
  const { t } = useTranslation();
  const groups = (['orebro', 'vastmanland'] as const).map((county) => ({
    group: t(`companies.municipality.county.${county}`),
    items: byName.filter((m) => m.county === county).map((m) => ({ value: m.code, label: m.name })),
  }));
  if (!withOther) return groups;
  return [
    ...groups,
    {
      group: t('companies.municipality.county.outside'),
      items: [{ value: OTHER_MUNICIPALITY, label: t('companies.municipality.other') }],
    },
  ];
}

export function useStatusOptions(): ComboboxData {
  const { t } = useTranslation();
  return COMPANY_STATUSES.map((s) => ({ value: s, label: t(`companies.status.${s}`) }));
}

export function useSizeClassOptions(): ComboboxData {
  const { t } = useTranslation();
  return SIZE_CLASSES.map((s) => ({ value: s, label: t(`companies.sizeClassLong.${s}`) }));
}

/** The name to show for a company's municipality (a region municipality, or the free text for another one). */
export function useMunicipalityName() {
  const { t } = useTranslation();
  return (code: string | null, other: string | null): string => {
    if (code === null) return '';
    if (code === OTHER_MUNICIPALITY) return other ?? t('companies.municipality.other');
    return municipalityByCode(code)?.name ?? code;
  };
}

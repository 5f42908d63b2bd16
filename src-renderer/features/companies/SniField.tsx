import { useMemo, useState } from 'react';
import { Autocomplete } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SNI_LISTS, formatSni, sniEntry, sniLabel } from '@shared/domain/sni';
import type { SniVersion } from '@shared/domain/sni';
import { useCompanyForm } from './fields';

/** The version's divisions, grouped by section, as the code list shows them while typing ("62 Dataprogrammering…"). */
function useSniOptions(version: SniVersion, language: string) {
  const { t } = useTranslation();
  return useMemo(() => {
    const list = SNI_LISTS[version];
    return list
      .filter((e) => e.level === 'section')
      .map((s) => ({
        group: t('companyRules.sni.group', { code: s.code, name: language === 'sv' ? s.sv : s.en }),
        items: list.filter((d) => d.level === 'division' && d.section === s.code).map((d) => sniLabel(d, language)),
      }));
  }, [version, language, t]);
}

/** "62 Dataprogrammering…" or "62.010" and the digits to store; what is not a code is sent as typed (the contract refuses it). */
function codeOf(text: string): string | null {
  if (text.trim() === '') return null;
  const m = /^\s*(\d{2}(?:\.?\d{1,3})?)(?:\s|$)/.exec(text);
  return m ? m[1]!.replace('.', '') : text;
}

/** The company's SNI code, chosen from its version's sections and divisions as one types, or typed more precisely. */
export function SniField() {
  const { t, i18n } = useTranslation();
  const { fields, commit } = useCompanyForm();
  const version = (fields.sniVersion.value ?? '2007') as SniVersion;
  const code = fields.sniCode.value;
  const data = useSniOptions(version, i18n.language);
  const [draft, setDraft] = useState<string | null>(null);
  const division = code ? sniEntry(code.slice(0, 2), version) : undefined;
  const shown = code === null ? '' : code.length === 2 && division ? sniLabel(division, i18n.language) : formatSni(code);
  const save = (text: string) => {
    setDraft(null);
    commit({ sniCode: codeOf(text) });
  };
  const name = (e: { sv: string; en: string }) => (i18n.language === 'sv' ? e.sv : e.en);
  const section = division ? sniEntry(division.section, version) : undefined;
  const chosen =
    division && section && code
      ? t(code.length === 2 ? 'companyRules.sni.chosenSection' : 'companyRules.sni.chosenCode', {
          division: sniLabel(division, i18n.language),
          section: section.code,
          name: name(section),
          version,
        })
      : t('companyRules.sni.description', { version });
  return (
    <Autocomplete
      name="sniCode"
      label={t('companyRules.sni.label')}
      placeholder={t('companyRules.sni.placeholder')}
      description={chosen}
      error={fields.sniCode.error || undefined}
      value={draft ?? shown}
      data={data}
      limit={40}
      maxDropdownHeight={300}
      comboboxProps={{ withinPortal: true }}
      autoComplete="off"
      data-testid="sni-field"
      onChange={setDraft}
      onOptionSubmit={save}
      onBlur={() => {
        if (draft !== null) save(draft);
      }}
    />
  );
}

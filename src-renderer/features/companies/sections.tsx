import { useState } from 'react';
import { Divider, Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clock } from '../../lib/clock';
import { AutoCheckbox, AutoDate, AutoNumber, AutoSelect, AutoText } from '../../lib/fields';
import { Section } from '../../lib/Section';
import { COMPANY_STATUSES } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import { OTHER_MUNICIPALITY } from '@shared/domain/municipalities';
import { SNI_VERSIONS } from '@shared/domain/sni';
import { useCompany } from './companyStore';
import { useCompanyForm } from './fields';
import { useMunicipalityOptions } from './options';
import { EnrolmentRules, OwnerGenderField, useSizeNote } from './ProgrammeRules';
import { SniField } from './SniField';

function MunicipalityFields() {
  const { t } = useTranslation();
  const options = useMunicipalityOptions(true);
  const { fields, commit } = useCompanyForm();
  const code = fields.municipalityCode.value;
  const other = fields.municipalityOther.value;
  // "Other municipality" is only stored together with its name; until then it is a choice on screen.
  const [otherChosen, setOtherChosen] = useState(false);
  const showOther = code === OTHER_MUNICIPALITY || otherChosen;
  return (
    <>
      <AutoSelect
        {...fields.municipalityCode}
        label={t('companies.municipality.label')}
        placeholder={t('companies.municipality.placeholder')}
        data={options}
        value={showOther ? OTHER_MUNICIPALITY : code}
        clearable
        onCommit={(next) => {
          if (next === OTHER_MUNICIPALITY && !other) {
            setOtherChosen(true);
            return;
          }
          setOtherChosen(false);
          commit(next === OTHER_MUNICIPALITY ? { municipalityCode: next } : { municipalityCode: next, municipalityOther: null });
        }}
      />
      {showOther && (
        <AutoText
          {...fields.municipalityOther}
          label={t('companies.municipality.otherName')}
          required
          onCommit={(v) => {
            if (code === OTHER_MUNICIPALITY) commit({ municipalityOther: v });
            else if (v.trim() !== '') commit({ municipalityCode: OTHER_MUNICIPALITY, municipalityOther: v });
          }}
        />
      )}
    </>
  );
}

export function DetailsSection() {
  const { t } = useTranslation();
  const { fields, commit } = useCompanyForm();
  const sizeClass = useCompany((s) => s.company?.sizeClass ?? null);
  const sizeNote = useSizeNote(fields.employees.value);
  const sizeText = sizeClass ? t('companies.details.sizeClassShown', { size: t(`companies.sizeClassLong.${sizeClass}`) }) : null;
  return (
    <Section title={t('companies.details.title')} testId="section-details">
      <AutoText {...fields.name} label={t('companies.details.name')} required />
      <AutoText {...fields.orgNumber} label={t('companies.details.orgNumber')} required />
      <MunicipalityFields />
      <SniField />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoSelect
          {...fields.sniVersion}
          label={t('companies.details.sniVersion')}
          description={' '}
          data={SNI_VERSIONS.map((v) => ({ value: v, label: t('companies.details.sniVersionOption', { version: v }) }))}
          onCommit={(v) => v && commit({ sniVersion: v })}
        />
        <AutoNumber
          {...fields.employees}
          label={t('companies.details.employees')}
          description={
            <>
              {sizeText ?? t('companies.details.employeesDescription')}
              {sizeNote && <br />}
              {sizeNote}
            </>
          }
          min={0}
        />
        <AutoNumber {...fields.yearFounded} label={t('companies.details.yearFounded')} description={' '} />
      </SimpleGrid>
    </Section>
  );
}

export function ContactSection() {
  const { t } = useTranslation();
  const { fields } = useCompanyForm();
  return (
    <Section title={t('companies.contact.title')} testId="section-contact">
      <AutoText {...fields.contactName} label={t('companies.contact.name')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText {...fields.contactPhone} type="tel" label={t('companies.contact.phone')} />
        <AutoText {...fields.contactEmail} type="email" label={t('companies.contact.email')} />
      </SimpleGrid>
    </Section>
  );
}

export function ProgrammeSection() {
  const { t } = useTranslation();
  const { fields, commit } = useCompanyForm();
  const today = clock.today();
  return (
    <Section title={t('companies.programme.title')} testId="section-programme">
      <AutoSelect
        {...fields.status}
        label={t('companies.programme.status')}
        description={t('companies.programme.statusDescription')}
        data={COMPANY_STATUSES.map((s) => ({ value: s, label: t(`companies.status.${s}`) }))}
        onCommit={(v) => v && commit({ status: v as CompanyStatus })}
      />
      <EnrolmentRules />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText {...fields.advisor} label={t('companies.programme.advisor')} />
        <AutoText {...fields.office} label={t('companies.programme.office')} />
      </SimpleGrid>
      <Divider label={t('companies.programme.ambitionTitle')} labelPosition="left" mt="xs" />
      <Group align="flex-start" gap="md" wrap="wrap">
        <AutoCheckbox
          {...fields.growthAmbition}
          label={t('companies.programme.growthAmbition')}
          checked={fields.growthAmbition.value === true}
          // Stating an ambition dates it today, unless it already has a date.
          onCommit={(checked) => {
            const since = checked ? { growthAmbitionDate: fields.growthAmbitionDate.value ?? today } : {};
            commit({ growthAmbition: checked, ...since });
          }}
        />
      </Group>
      <AutoDate {...fields.growthAmbitionDate} label={t('companies.programme.growthAmbitionDate')} past />
      <Divider label={t('companies.programme.consentTitle')} labelPosition="left" mt="xs" />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText {...fields.consentBy} label={t('companies.programme.consentBy')} />
        <AutoDate {...fields.consentAt} label={t('companies.programme.consentAt')} past />
      </SimpleGrid>
      <AutoText
        {...fields.consentScope}
        multiline
        label={t('companies.programme.consentScope')}
        placeholder={t('companies.programme.consentScopePlaceholder')}
      />
      <OwnerGenderField />
    </Section>
  );
}

import { useState } from 'react';
import { Divider, Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AutoCheckbox, AutoNumber, AutoSelect, AutoText } from '../../lib/fields';
import { Section } from '../../lib/Section';
import { COMPANY_STATUSES } from '@shared/domain/company';
import { OTHER_MUNICIPALITY } from '@shared/domain/municipalities';
import { SNI_VERSIONS, formatSni, parseSni } from '@shared/domain/sni';
import type { CompanyStatus } from '@shared/domain/company';
import type { SniVersion } from '@shared/domain/sni';
import { useCompany } from './companyStore';
import { emptyToNull, useCompanyField, useCompanyForm } from './fields';
import { useMunicipalityOptions } from './options';
import { clock } from '../../lib/clock';

function MunicipalityFields() {
  const { t } = useTranslation();
  const options = useMunicipalityOptions(true);
  const code = useCompanyField('municipalityCode');
  const other = useCompanyField('municipalityOther');
  const save = useCompanyForm().commit;
  // "Other municipality" is only stored together with its name; until then it is a choice on screen.
  const [otherChosen, setOtherChosen] = useState(false);
  const showOther = code.value === OTHER_MUNICIPALITY || otherChosen;
  return (
    <>
      <AutoSelect
        name="municipalityCode"
        label={t('companies.municipality.label')}
        placeholder={t('companies.municipality.placeholder')}
        data={options}
        value={showOther ? OTHER_MUNICIPALITY : code.value}
        error={code.error}
        clearable
        onCommit={(next) => {
          if (next === OTHER_MUNICIPALITY && !other.value) {
            setOtherChosen(true);
            return;
          }
          setOtherChosen(false);
          save(next === OTHER_MUNICIPALITY ? { municipalityCode: next } : { municipalityCode: next, municipalityOther: null });
        }}
      />
      {showOther && (
        <AutoText
          name="municipalityOther"
          label={t('companies.municipality.otherName')}
          value={other.value}
          error={other.error}
          required
          onCommit={(v) => {
            if (code.value === OTHER_MUNICIPALITY) other.commit(v);
            else if (v.trim() !== '') save({ municipalityCode: OTHER_MUNICIPALITY, municipalityOther: v });
          }}
        />
      )}
    </>
  );
}

export function DetailsSection() {
  const { t } = useTranslation();
  const name = useCompanyField('name');
  const orgNumber = useCompanyField('orgNumber');
  const sniCode = useCompanyField('sniCode');
  const sniVersion = useCompanyField('sniVersion');
  const employees = useCompanyField('employees');
  const yearFounded = useCompanyField('yearFounded');
  const sizeClass = useCompany((s) => s.company?.sizeClass ?? null);
  const sni = sniCode.value ? parseSni(sniCode.value, (sniVersion.value ?? '2007') as SniVersion) : null;
  return (
    <Section title={t('companies.details.title')} testId="section-details">
      <AutoText name="name" label={t('companies.details.name')} value={name.value} error={name.error} onCommit={name.commit} required />
      <AutoText
        name="orgNumber"
        label={t('companies.details.orgNumber')}
        value={orgNumber.value}
        error={orgNumber.error}
        onCommit={orgNumber.commit}
        required
      />
      <MunicipalityFields />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText
          name="sniCode"
          label={t('companies.details.sniCode')}
          description={sni?.ok ? t('companies.details.sniSection', { section: sni.section }) : t('companies.details.sniCodeDescription')}
          value={sniCode.value ? formatSni(sniCode.value) : null}
          error={sniCode.error}
          onCommit={(v) => sniCode.commit(emptyToNull(v))}
        />
        <AutoSelect
          name="sniVersion"
          label={t('companies.details.sniVersion')}
          description={' '}
          data={SNI_VERSIONS.map((v) => ({ value: v, label: t('companies.details.sniVersionOption', { version: v }) }))}
          value={sniVersion.value}
          error={sniVersion.error}
          onCommit={(v) => v && sniVersion.commit(v)}
        />
        <AutoNumber
          name="employees"
          label={t('companies.details.employees')}
          description={
            sizeClass
              ? t('companies.details.sizeClassShown', { size: t(`companies.sizeClassLong.${sizeClass}`) })
              : t('companies.details.employeesDescription')
          }
          value={employees.value}
          error={employees.error}
          onCommit={employees.commit}
          min={0}
        />
        <AutoNumber
          name="yearFounded"
          label={t('companies.details.yearFounded')}
          description={' '}
          value={yearFounded.value}
          error={yearFounded.error}
          onCommit={yearFounded.commit}
        />
      </SimpleGrid>
    </Section>
  );
}

export function ContactSection() {
  const { t } = useTranslation();
  const name = useCompanyField('contactName');
  const phone = useCompanyField('contactPhone');
  const email = useCompanyField('contactEmail');
  return (
    <Section title={t('companies.contact.title')} testId="section-contact">
      <AutoText name="contactName" label={t('companies.contact.name')} value={name.value} error={name.error} onCommit={name.commit} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText
          name="contactPhone"
          type="tel"
          label={t('companies.contact.phone')}
          value={phone.value}
          error={phone.error}
          onCommit={phone.commit}
        />
        <AutoText
          name="contactEmail"
          type="email"
          label={t('companies.contact.email')}
          value={email.value}
          error={email.error}
          onCommit={email.commit}
        />
      </SimpleGrid>
    </Section>
  );
}

export function ProgrammeSection() {
  const { t } = useTranslation();
  const advisor = useCompanyField('advisor');
  const office = useCompanyField('office');
  const status = useCompanyField('status');
  const ambition = useCompanyField('growthAmbition');
  const ambitionDate = useCompanyField('growthAmbitionDate');
  const consentBy = useCompanyField('consentBy');
  const consentAt = useCompanyField('consentAt');
  const consentScope = useCompanyField('consentScope');
  const save = useCompanyForm().commit;
  const today = clock.today();
  return (
    <Section title={t('companies.programme.title')} testId="section-programme">
      <AutoSelect
        name="status"
        label={t('companies.programme.status')}
        description={t('companies.programme.statusDescription')}
        data={COMPANY_STATUSES.map((s) => ({ value: s, label: t(`companies.status.${s}`) }))}
        value={status.value}
        error={status.error}
        onCommit={(v) => v && status.commit(v as CompanyStatus)}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText
          name="advisor"
          label={t('companies.programme.advisor')}
          value={advisor.value}
          error={advisor.error}
          onCommit={advisor.commit}
        />
        <AutoText
          name="office"
          label={t('companies.programme.office')}
          value={office.value}
          error={office.error}
          onCommit={office.commit}
        />
      </SimpleGrid>
      <Divider label={t('companies.programme.ambitionTitle')} labelPosition="left" mt="xs" />
      <Group align="flex-start" gap="md" wrap="wrap">
        <AutoCheckbox
          name="growthAmbition"
          label={t('companies.programme.growthAmbition')}
          checked={ambition.value === true}
          error={ambition.error}
          onCommit={(checked) =>
            save(checked && !ambitionDate.value ? { growthAmbition: true, growthAmbitionDate: today } : { growthAmbition: checked })
          }
        />
      </Group>
      <AutoText
        name="growthAmbitionDate"
        type="date"
        label={t('companies.programme.growthAmbitionDate')}
        value={ambitionDate.value}
        error={ambitionDate.error}
        onCommit={(v) => ambitionDate.commit(emptyToNull(v))}
      />
      <Divider label={t('companies.programme.consentTitle')} labelPosition="left" mt="xs" />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <AutoText
          name="consentBy"
          label={t('companies.programme.consentBy')}
          value={consentBy.value}
          error={consentBy.error}
          onCommit={consentBy.commit}
        />
        <AutoText
          name="consentAt"
          type="date"
          label={t('companies.programme.consentAt')}
          value={consentAt.value}
          error={consentAt.error}
          onCommit={(v) => consentAt.commit(emptyToNull(v))}
        />
      </SimpleGrid>
      <AutoText
        name="consentScope"
        multiline
        label={t('companies.programme.consentScope')}
        placeholder={t('companies.programme.consentScopePlaceholder')}
        value={consentScope.value}
        error={consentScope.error}
        onCommit={consentScope.commit}
      />
    </Section>
  );
}

import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AutoSelect, AutoText } from '../../lib/fields';
import { OWNER_GENDERS, USUAL_MAX_EMPLOYEES, enrolmentWarnings, hasCompanyConsent, needsSizeReason } from '@shared/domain/companyRules';
import type { OwnerGender } from '@shared/domain/companyRules';
import { useCompanyForm } from './fields';

/** What the employee count means for the programme (0–9 usual, up to 20 accepted, more only with a reason). */
export function useSizeNote(employees: number | null): string | null {
  const { t } = useTranslation();
  if (employees === null) return null;
  if (employees <= USUAL_MAX_EMPLOYEES) return t('companyRules.size.usual');
  return needsSizeReason(employees) ? t('companyRules.size.overTwenty') : t('companyRules.size.accepted');
}

/**
 * The warnings an enrolment gets (over 20 employees, outside the two counties), at the status while the company is
 * a prospect; and, for a company of over 20, the reason it is taken, which enrolling it requires.
 */
export function EnrolmentRules() {
  const { t } = useTranslation();
  const { fields } = useCompanyForm();
  const employees = fields.employees.value;
  const warnings = enrolmentWarnings({ employees, municipalityCode: fields.municipalityCode.value });
  const status = fields.status.value;
  // At enrolment: while the company is a prospect, before the advisor enrols it.
  const showWarnings = warnings.length > 0 && status === 'prospect';
  const showReason = needsSizeReason(employees) || fields.sizeReason.value !== null || Boolean(fields.sizeReason.error);
  return (
    <>
      {showWarnings && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('companyRules.warnings.title')}
          // Mantine's yellow title on the light yellow ground is too faint to read (WCAG contrast): the text colour.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          data-testid="enrolment-warnings"
        >
          <List size="sm" spacing={4}>
            {warnings.map((w) => (
              <List.Item key={w}>{t(`companyRules.warnings.${w}`, { employees })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {showReason && (
        <AutoText
          {...fields.sizeReason}
          multiline
          required={needsSizeReason(employees) && status === 'enrolled'}
          label={t('companyRules.size.reason')}
          placeholder={t('companyRules.size.reasonPlaceholder')}
        />
      )}
    </>
  );
}

/** Who owns the company, as the funder asks: only with the company's consent (by whom and when). */
export function OwnerGenderField() {
  const { t } = useTranslation();
  const { fields } = useCompanyForm();
  const consented = hasCompanyConsent({ consentBy: fields.consentBy.value, consentAt: fields.consentAt.value });
  return (
    <>
      <AutoSelect<OwnerGender>
        {...fields.ownerGender}
        label={t('companyRules.owner.label')}
        description={t('companyRules.owner.description')}
        placeholder={t('people.followup.choose')}
        data={OWNER_GENDERS.map((g) => ({ value: g, label: t(`companyRules.owner.option.${g}`) }))}
        disabled={!consented}
        clearable
      />
      {!consented && (
        <Text size="sm" c="dimmed">
          {t('companyRules.owner.disabledHint')}
        </Text>
      )}
    </>
  );
}

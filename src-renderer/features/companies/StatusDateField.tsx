import { Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AutoDate } from '../../lib/fields';
import { useCompanyForm } from './fields';

/**
 * The day the company's current status took effect (issue 14): set today when the status changes, and set back here
 * when the change is recorded later, so that a report for August counts the company that enrolled in August.
 */
export function StatusDateField() {
  const { t } = useTranslation();
  const { fields } = useCompanyForm();
  return (
    <Card withBorder padding="md" mt="md" data-testid="status-date">
      <AutoDate
        {...fields.statusDate}
        label={t('participation.statusDate.label')}
        past
        description={t('participation.statusDate.description')}
      />
    </Card>
  );
}

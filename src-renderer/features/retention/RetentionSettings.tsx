import { useEffect, useState } from 'react';
import { Button, Divider, Text, Title } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { retentionRuleSchema } from '@shared/api/rights';
import type { RetentionRule } from '@shared/domain/retention';
import { invoke } from '../../api/client';
import { fieldMessageKey, notifyError, tx } from '../../lib/errors';
import { AutoDate, AutoNumber } from '../../lib/fields';
import { useSaveStatus } from '../../lib/saveStatus';
import { RetentionModal } from './RetentionModal';

type RuleKey = keyof RetentionRule;

/**
 * The retention rule in the Settings dialog (issue 15): the programme's end date, the archiving years after it and the
 * months a prospect never enrolled is kept; each field checked with the contract's schema before it is saved. The list
 * of what is past its date opens from here.
 */
export function RetentionSettings() {
  const { t } = useTranslation();
  const [rule, setRule] = useState<RetentionRule | null>(null);
  const [errors, setErrors] = useState<Partial<Record<RuleKey, string>>>({});
  const [listing, setListing] = useState(false);
  useEffect(() => {
    invoke('retention.getRule', {}).then(setRule, notifyError);
  }, []);
  if (!rule) return null;
  const commit = (patch: Partial<RetentionRule>) => {
    const next = { ...rule, ...patch };
    const key = Object.keys(patch)[0] as RuleKey;
    const parsed = retentionRuleSchema.shape[key].safeParse(next[key]);
    setErrors((e) => ({ ...e, [key]: parsed.success ? undefined : tx(t, fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid')) }));
    if (!parsed.success || next[key] === rule[key]) return;
    useSaveStatus
      .getState()
      .track(() => invoke('retention.setRule', next))
      .then(setRule, notifyError);
  };
  return (
    <>
      <Divider mt="xs" />
      <Title order={3} size="h5">
        {t('rights.retention.settingsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rights.retention.settingsIntro')}
      </Text>
      <AutoDate
        name="retentionProgrammeEnd"
        label={t('rights.retention.programmeEnd')}
        value={rule.programmeEndDate}
        error={errors.programmeEndDate}
        onCommit={(v) => commit({ programmeEndDate: v })}
      />
      <AutoNumber
        name="retentionYears"
        label={t('rights.retention.years')}
        value={rule.years}
        min={1}
        error={errors.years}
        onCommit={(v) => v !== null && commit({ years: v })}
      />
      <AutoNumber
        name="retentionProspectMonths"
        label={t('rights.retention.prospectMonths')}
        value={rule.prospectMonths}
        min={1}
        error={errors.prospectMonths}
        onCommit={(v) => v !== null && commit({ prospectMonths: v })}
      />
      <Button
        variant="light"
        leftSection={<IconTrashX size={18} aria-hidden />}
        onClick={() => setListing(true)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="retention-open"
      >
        {t('rights.retention.open')}
      </Button>
      <RetentionModal opened={listing} onClose={() => setListing(false)} />
    </>
  );
}

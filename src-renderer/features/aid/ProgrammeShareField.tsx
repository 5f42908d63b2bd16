import { useEffect, useState } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useFormat } from '../../lib/format';
import { AutoDecimal } from '../../lib/fields';
import type { ActivityAidCheck } from '@shared/api/aid';
import type { Activity } from '@shared/api/plans';
import { useMoney } from './money';

const CHECK_DEBOUNCE_MS = 300;

interface ShareFieldProps {
  name: string;
  value: number | null;
  error?: string;
  onCommit(value: number | null): void;
}

/**
 * The activity's "programme's share (SEK)", saved like the drawer's other fields when it is left. As the advisor
 * types (and whenever the saved activity changes: its dates, its status), `aid.checkActivity` works out whether the
 * share would take the company over the de minimis ceiling; if so a warning shows before anything is saved. It
 * never stops the save: the advisor decides.
 */
export function ProgrammeShareField({ activity, field }: { activity: Activity; field: ShareFieldProps }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  // What is typed and not yet saved; undefined when the field shows the saved share.
  const [draft, setDraft] = useState<number | null | undefined>(undefined);
  const [check, setCheck] = useState<ActivityAidCheck | null>(null);
  const share = draft === undefined ? activity.programmeShareSek : draft;

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const typed = share !== null && Number.isFinite(share) ? share : null;
      invoke('aid.checkActivity', { activityId: activity.id, programmeShareSek: typed }).then(
        (c) => live && setCheck(c),
        // A share the contract refuses (negative, not a number) is shown at the field by the save; no warning here.
        () => live && setCheck(null),
      );
    }, CHECK_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [activity.id, activity.revision, share]);

  return (
    <Stack gap={6}>
      <AutoDecimal
        {...field}
        label={t('aid.share.label')}
        description={t('aid.share.hint')}
        onDraft={setDraft}
        onCommit={(value) => {
          setDraft(undefined);
          field.onCommit(value);
        }}
      />
      {check?.overCeiling && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('aid.share.overTitle')}
          data-testid="aid-share-warning"
        >
          {t('aid.share.over', { eur: money(check.totalEur, 'EUR'), date: fmt.date(check.peakDate ?? check.date ?? '') })}
        </Alert>
      )}
      {check && (share ?? 0) > 0 && check.missingRates.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('aid.share.missingRates')}
        </Text>
      )}
    </Stack>
  );
}

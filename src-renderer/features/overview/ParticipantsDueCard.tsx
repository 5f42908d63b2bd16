import { useEffect, useState } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowupDueLine } from '@shared/api/participation';
import { invoke } from '../../api/client';
import { CountCard } from '../../lib/CountCard';
import { notifyError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { hrefFor } from '../../lib/router';

const SEPARATOR = ' · ';

/** The participants whose six-month follow-up is due (issue 14): left six months ago or more, not followed up yet. */
export function ParticipantsDueCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [lines, setLines] = useState<FollowupDueLine[] | null>(null);
  useEffect(() => {
    let live = true;
    invoke('participation.due', {}).then(
      (l) => live && setLines(l),
      (e: unknown) => {
        if (live) setLines([]);
        notifyError(e);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const list = lines ?? [];
  return (
    <CountCard title={t('participation.due.title')} count={list.length} testId="overview-participants-due" ready={lines !== null}>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('participation.due.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {list.map((l) => (
            <li key={l.personId} data-person={l.personId}>
              <Anchor href={hrefFor({ name: 'company', id: l.companyId })} fw={600}>
                {l.personName}
              </Anchor>
              <Text size="sm">{l.companyName}</Text>
              <Text size="sm" c={l.daysOverdue > 0 ? 'red.8' : 'dimmed'}>
                {[
                  t('participation.due.line', { exit: fmt.date(l.exitDate), due: fmt.date(l.dueDate) }),
                  l.daysOverdue > 0 ? t('participation.due.overdue', { count: l.daysOverdue }) : t('participation.due.dueToday'),
                ].join(SEPARATOR)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </CountCard>
  );
}

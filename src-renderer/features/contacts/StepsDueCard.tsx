import { useEffect, useState } from 'react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { hrefFor } from '../../lib/router';
import { CountCard } from '../../lib/CountCard';
import type { DueStep, StepsDue } from '@shared/api/contacts';

const LIST_STYLE = { listStyle: 'none' } as const;
const SEPARATOR = ' · ';

/** The step and, when named, its owner. */
const stepLine = (s: DueStep) => [s.text, s.ownerName ?? s.ownerText].filter(Boolean).join(SEPARATOR);

/** The overview's open next steps due this week or overdue, per advisor, each with its company. */
export function StepsDueCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [due, setDue] = useState<StepsDue | null>(null);
  useEffect(() => {
    let live = true;
    invoke('contacts.stepsDue', {}).then((d) => live && setDue(d), notifyError);
    return () => {
      live = false;
    };
  }, []);
  const count = due?.byAdvisor.reduce((n, g) => n + g.steps.length, 0) ?? 0;
  const title = t('contacts.due.title');
  return (
    <CountCard title={title} count={count} testId="overview-steps" ready={due !== null}>
      {due && count === 0 && (
        <Text size="sm" c="dimmed">
          {t('contacts.due.empty')}
        </Text>
      )}
      {due?.byAdvisor.map((group) => (
        <Stack key={group.advisor} gap={4} data-testid="overview-steps-advisor">
          <Title order={3} size="h6">
            {t('contacts.due.advisor', { advisor: group.advisor })}
          </Title>
          <Stack component="ul" gap="xs" m={0} p={0} style={LIST_STYLE}>
            {group.steps.map((s) => (
              <li key={`${s.contactId}-${s.index}`} data-state={s.overdue ? 'overdue' : 'due'} data-testid="overview-step">
                <Anchor href={hrefFor({ name: 'company', id: s.companyId })} fw={600}>
                  {s.companyName}
                </Anchor>
                <Text size="sm">{stepLine(s)}</Text>
                <Text size="sm" c={s.overdue ? 'red.8' : 'dimmed'}>
                  {t(s.overdue ? 'contacts.due.overdue' : 'contacts.due.dueOn', { date: fmt.date(s.dueDate) })}
                </Text>
              </li>
            ))}
          </Stack>
        </Stack>
      ))}
    </CountCard>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconClipboardCheck, IconEye, IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useRouter } from '../../lib/router';
import { Section } from '../../lib/Section';
import { mayStartRound } from '@shared/domain/company';
import type { CompanyStatus } from '@shared/domain/company';
import type { RoundListItem } from './types';
import { StartRoundModal } from './StartRoundModal';
import type { Kind } from './StartRoundModal';

/**
 * The company page's list of assessment rounds, with start / continue / view. A round is offered only when the
 * company's status allows one (the same rule the service enforces); otherwise the section says what comes first.
 */
export function AssessmentsSection({ companyId, status }: { companyId: string; status: CompanyStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useRouter((s) => s.navigate);
  const [rounds, setRounds] = useState<RoundListItem[] | null>(null);
  const [starting, setStarting] = useState<Kind | null>(null);
  const load = useCallback(() => {
    invoke('rounds.list', { companyId }).then(setRounds, notifyError);
  }, [companyId]);
  useEffect(load, [load]);

  const last = rounds?.at(-1);
  const allowed = mayStartRound(status);
  const next: Kind | null = !rounds ? null : rounds.length === 0 ? 'baseline' : last?.completedAt ? 'followup' : null;
  const canStart = allowed ? next : null;
  const open = (r: RoundListItem) => navigate({ name: 'round', companyId, roundId: r.id });

  return (
    <Box my="md">
      <Section
        title={t('assessments.section.title')}
        testId="assessments-section"
        actions={
          canStart && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setStarting(canStart)}
              data-testid={`start-${canStart}`}
            >
              {t(`assessments.section.start.${canStart}`)}
            </Button>
          )
        }
      >
        {rounds && rounds.length === 0 && (
          <Group gap="sm" c="dimmed">
            <IconClipboardCheck size={20} aria-hidden />
            <Text size="sm" data-testid="assessments-empty">
              {allowed ? t('assessments.section.empty') : t(status === 'prospect' ? 'summary.next.enrol' : 'summary.next.noRounds')}
            </Text>
          </Group>
        )}
        {rounds && rounds.length > 0 && (
          <Table verticalSpacing="xs" data-testid="rounds">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessments.section.kind')}</Table.Th>
                <Table.Th scope="col">{t('assessments.section.date')}</Table.Th>
                <Table.Th scope="col">{t('assessments.section.advisor')}</Table.Th>
                <Table.Th scope="col">{t('assessments.section.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('assessments.section.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rounds.map((r) => (
                <Table.Tr key={r.id} data-testid={`round-${r.id}`}>
                  <Table.Td>{t(`assessments.kind.${r.kind}`)}</Table.Td>
                  <Table.Td>{fmt.date(r.date)}</Table.Td>
                  <Table.Td>{r.advisor}</Table.Td>
                  <Table.Td>
                    {r.completedAt ? (
                      <Badge color="gray" variant="light">
                        {t('assessments.section.completedOn', { date: fmt.date(r.completedAt) })}
                      </Badge>
                    ) : (
                      <Badge variant="light">{t('assessments.round.open')}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant={r.completedAt ? 'default' : 'filled'}
                      leftSection={r.completedAt ? <IconEye size={14} aria-hidden /> : <IconPlayerPlay size={14} aria-hidden />}
                      onClick={() => open(r)}
                      data-testid={r.completedAt ? 'view-round' : 'continue-round'}
                    >
                      {r.completedAt ? t('assessments.section.view') : t('assessments.section.continue')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {starting && <StartRoundModal companyId={companyId} kind={starting} onClose={() => setStarting(null)} />}
      </Section>
    </Box>
  );
}

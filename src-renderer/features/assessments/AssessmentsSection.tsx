import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Group, Modal, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconClipboardCheck, IconEye, IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../lib/DialogForm';
import { invoke } from '../../api/client';
import { notifyError, translateError } from '../../lib/errors';
import { contractValidate, formMessages, inputProps, showRefusal } from '../../lib/forms';
import { useFormat } from '../../lib/format';
import { useRouter } from '../../lib/router';
import { Section } from '../../lib/Section';
import { api } from '@shared/api';
import type { RoundListItem } from './types';
import { clock } from '../../lib/clock';

type Kind = RoundListItem['kind'];

/** The fields of `rounds.start` that the advisor fills in, with the contract's schemas. */
const START_FIELDS = { date: api['rounds.start'].input.shape.date, advisor: api['rounds.start'].input.shape.advisor };
type StartValues = { date: string; advisor: string };

function StartModal({ companyId, kind, onClose }: { companyId: string; kind: Kind | null; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useRouter((s) => s.navigate);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<StartValues>({
    initialValues: { date: clock.today(), advisor: '' },
    validate: contractValidate(START_FIELDS, (v: StartValues) => v),
  });
  const { setFieldValue } = form;
  useEffect(() => {
    void invoke('settings.get', {})
      .then((s) => setFieldValue('advisor', (a) => a || (s.advisorName ?? '')))
      .catch(() => undefined);
  }, [setFieldValue]);
  const props = inputProps(form, formMessages(t, form.errors), ['date', 'advisor']);
  const submit = async (values: StartValues) => {
    if (!kind) return;
    setRefusal(null);
    try {
      const round = await invoke('rounds.start', { companyId, kind, ...values });
      navigate({ name: 'round', companyId, roundId: round.id });
    } catch (error) {
      // A rule of the rounds (a baseline exists, a date before the last round) is said under the form.
      showRefusal(form.setErrors, error, START_FIELDS, { otherwise: (e) => setRefusal(translateError(e)) });
    }
  };
  return (
    <Modal opened={kind !== null} onClose={onClose} title={kind ? t(`assessments.section.start.${kind}`) : ''}>
      <DialogForm
        form={form}
        onSubmit={submit}
        onCancel={onClose}
        submitLabel={t('assessments.section.startButton')}
        submitTestId="start-round-confirm"
        gap="sm"
      >
        <Text size="sm">{t(`assessments.section.startHelp.${kind ?? 'baseline'}`)}</Text>
        <TextInput {...props.date} label={t('assessments.section.date')} placeholder={t('common.datePlaceholder')} required />
        <TextInput {...props.advisor} label={t('assessments.section.advisor')} required data-autofocus />
        {refusal && (
          <Text c="red.9" size="sm" role="alert">
            {refusal}
          </Text>
        )}
      </DialogForm>
    </Modal>
  );
}

/** The company page's list of assessment rounds, with start / continue / view. */
export function AssessmentsSection({ companyId }: { companyId: string }) {
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
  const canStart: Kind | null = !rounds ? null : rounds.length === 0 ? 'baseline' : last?.completedAt ? 'followup' : null;
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
            <Text size="sm">{t('assessments.section.empty')}</Text>
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
        {starting && <StartModal companyId={companyId} kind={starting} onClose={() => setStarting(null)} />}
      </Section>
    </Box>
  );
}

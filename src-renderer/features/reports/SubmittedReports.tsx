import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Audience, ReportFilter } from '@shared/api/reports';
import { SUBMIT_FORMATS } from '@shared/api/submitted';
import type { SubmitFormat, SubmittedComparison, SubmittedReportSummary } from '@shared/api/submitted';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { download } from '../exchange';
import { SubmittedView } from './SubmittedView';

const SEPARATOR = ' · ';

interface Props {
  filter: ReportFilter;
  audience: Audience;
  language: Language;
  disabled: boolean;
}

function SubmitModal({
  opened,
  filter,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  filter: ReportFilter;
  onClose(): void;
  onSubmit(format: SubmitFormat): Promise<void>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [format, setFormat] = useState<SubmitFormat>('xlsx');
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={t('submitted.confirm.title')} centered>
      <Stack gap="md">
        <Text size="sm">{t('submitted.confirm.body', { from: fmt.date(filter.from), to: fmt.date(filter.to) })}</Text>
        <Select
          label={t('submitted.confirm.format')}
          data={SUBMIT_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))}
          value={format}
          onChange={(v) => v && setFormat(v as SubmitFormat)}
          allowDeselect={false}
          data-testid="submit-format"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('submitted.confirm.cancel')}
          </Button>
          <Button
            loading={busy}
            data-testid="submit-confirm"
            onClick={() => {
              setBusy(true);
              void onSubmit(format).finally(() => setBusy(false));
            }}
          >
            {t('submitted.confirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * "Mark as submitted" and the reports submitted so far (issue 14): submitting saves the file to send and keeps its
 * figures; opening one shows it as sent beside what the same report shows today.
 */
export function SubmittedReports({ filter, audience, language, disabled }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [list, setList] = useState<SubmittedReportSummary[]>([]);
  const [asking, setAsking] = useState(false);
  const [open, setOpen] = useState<SubmittedComparison | null>(null);
  const load = useCallback(() => invoke('reports.submittedList', {}).then(setList, notifyError), []);
  useEffect(() => void load(), [load]);

  const submit = async (format: SubmitFormat) => {
    try {
      const { file } = await invoke('reports.submit', { filter, audience, language, format });
      download(file.fileName, file.base64);
      notifySuccess(t('submitted.confirm.done', { fileName: file.fileName }));
      setAsking(false);
      await load();
    } catch (e) {
      notifyError(e);
    }
  };
  const show = (id: string) => invoke('reports.submittedOpen', { id }).then(setOpen, notifyError);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-submitted-title" data-testid="submitted-reports">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-submitted-title">
          {t('submitted.card.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('submitted.card.intro')}
        </Text>
        <Group>
          <Button
            leftSection={<IconSend size={18} aria-hidden />}
            variant="light"
            disabled={disabled}
            onClick={() => setAsking(true)}
            data-testid="submit-report"
          >
            {t('submitted.card.submit')}
          </Button>
        </Group>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('submitted.card.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {list.map((s) => (
              <Group component="li" key={s.id} justify="space-between" wrap="wrap" gap="xs" data-submitted={s.id}>
                <Text size="sm">
                  {[
                    t('submitted.card.line', { from: fmt.date(s.filter.from), to: fmt.date(s.filter.to), at: fmt.dateTime(s.submittedAt) }),
                    t(`submitted.card.${s.audience}`),
                    s.fileName,
                  ].join(SEPARATOR)}
                </Text>
                <Button size="xs" variant="default" onClick={() => void show(s.id)} data-testid="open-submitted">
                  {t('submitted.card.open')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <SubmitModal opened={asking} filter={filter} onClose={() => setAsking(false)} onSubmit={submit} />
      <SubmittedView comparison={open} onClose={() => setOpen(null)} />
    </Card>
  );
}

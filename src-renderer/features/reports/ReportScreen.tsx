import { useEffect, useState } from 'react';
import { Alert, Button, Card, Center, Checkbox, Group, Loader, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet, IconFileText, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess, translateError } from '../../lib/errors';
import { useScreen } from '../../lib/screen';
import type { Audience, ProgrammeReport, ReportFile, ReportTable, ReportTableId } from '@shared/api/reports';
import { download } from '../exchange';
import { ReportBarChart, ReportTableView } from './ReportTableView';
import { clock } from '../../lib/clock';

interface Filter {
  from: string;
  to: string;
  office: string | null;
  advisor: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function ParticipantListModal({ opened, onClose, onExport }: { opened: boolean; onClose(): void; onExport(): Promise<void> }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setConfirmed(false);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('reports.participantList.title')} centered>
      <Stack gap="md">
        <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} data-testid="participant-warning">
          {t('reports.participantList.warning')}
        </Alert>
        <Checkbox
          label={t('reports.participantList.confirm')}
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
          data-testid="participant-confirm"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('reports.participantList.cancel')}
          </Button>
          <Button
            color="orange"
            disabled={!confirmed}
            loading={busy}
            data-testid="participant-export"
            onClick={() => {
              setBusy(true);
              void onExport().finally(() => {
                setBusy(false);
                close();
              });
            }}
          >
            {t('reports.participantList.export')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The programme report: period, office and advisor; charts with their tables; the exports. */
export function ReportScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const [filter, setFilter] = useState<Filter>(() => ({ from: `${clock.today().slice(0, 4)}-01-01`, to: clock.today(), office: null, advisor: null }));
  const [audience, setAudience] = useState<Audience>('internal');
  const [result, setResult] = useState<{ key: string; report: ProgrammeReport | null; error: string | null } | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);

  const valid = DATE.test(filter.from) && DATE.test(filter.to);
  const requestKey = JSON.stringify([filter, audience]);
  const loading = valid && result?.key !== requestKey;
  const report = result?.report ?? null;
  const error = result?.error ?? null;
  useScreen('reports', report !== null && !loading, t('reports.page.title'));

  useEffect(() => {
    if (!valid) return;
    let live = true;
    invoke('reports.programme', { ...filter, audience }).then(
      (r) => live && setResult({ key: requestKey, report: r, error: null }),
      (e: unknown) => live && setResult((prev) => ({ key: requestKey, report: prev?.report ?? null, error: translateError(e) })),
    );
    return () => {
      live = false;
    };
  }, [filter, audience, valid, requestKey]);

  const save = (file: ReportFile) => {
    download(file.fileName, file.base64);
    notifySuccess(t('reports.export.done', { fileName: file.fileName }));
  };
  const exportAs = async (kind: 'xlsx' | 'csv') => {
    setExporting(kind);
    try {
      save(await invoke(kind === 'xlsx' ? 'reports.exportXlsx' : 'reports.exportCsv', { filter, language, audience }));
    } catch (e) {
      notifyError(e);
    } finally {
      setExporting(null);
    }
  };
  const exportList = async () => {
    try {
      save(await invoke('reports.participantList', { filter, language, confirmPersonalData: true }));
    } catch (e) {
      notifyError(e);
    }
  };

  const tableOf = (id: ReportTableId): ReportTable | undefined => report?.tables.find((x) => x.id === id);
  const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const charted = (['participantsByGender', 'hoursByGender', 'activitiesByType'] as const).map(tableOf);

  return (
    <Stack gap="lg" data-screen="reports" data-ready={report !== null && !loading ? 'true' : 'false'} data-audience={audience}>
      <Stack gap={4}>
        <Title order={1}>{t('reports.page.title')}</Title>
        <Text c="dimmed">{t('reports.page.intro')}</Text>
      </Stack>

      <Card withBorder padding="md" component="section" aria-labelledby="report-filter-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="report-filter-title">
            {t('reports.filter.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <TextInput type="date" label={t('reports.filter.from')} value={filter.from} onChange={(e) => {
              // Read now: React clears currentTarget before a state updater runs.
              const from = e.currentTarget.value;
              setFilter((f) => ({ ...f, from }));
            }} data-testid="report-from" />
            <TextInput type="date" label={t('reports.filter.to')} value={filter.to} onChange={(e) => {
              const to = e.currentTarget.value;
              setFilter((f) => ({ ...f, to }));
            }} data-testid="report-to" />
            <Select
              label={t('reports.filter.office')}
              placeholder={t('reports.filter.all')}
              data={options(report?.offices ?? [])}
              value={filter.office}
              onChange={(v) => setFilter((f) => ({ ...f, office: v }))}
              clearable
              data-testid="report-office"
            />
            <Select
              label={t('reports.filter.advisor')}
              placeholder={t('reports.filter.all')}
              data={options(report?.advisors ?? [])}
              value={filter.advisor}
              onChange={(v) => setFilter((f) => ({ ...f, advisor: v }))}
              clearable
              data-testid="report-advisor"
            />
          </SimpleGrid>
          <Switch
            label={t('reports.filter.external')}
            description={t('reports.filter.externalHelp')}
            checked={audience === 'external'}
            onChange={(e) => setAudience(e.currentTarget.checked ? 'external' : 'internal')}
            data-testid="report-external"
          />
          {audience === 'external' && <Alert color="blue">{t('reports.filter.externalOn')}</Alert>}
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="report-export-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="report-export-title">
            {t('reports.export.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reports.export.externalNote')}
          </Text>
          <Group gap="sm">
            <Button leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={() => void exportAs('xlsx')} loading={exporting === 'xlsx'} disabled={!report} data-testid="export-xlsx">
              {t('reports.export.xlsx')}
            </Button>
            <Button variant="light" leftSection={<IconFileText size={18} aria-hidden />} onClick={() => void exportAs('csv')} loading={exporting === 'csv'} disabled={!report} data-testid="export-csv">
              {t('reports.export.csv')}
            </Button>
            <Button variant="default" leftSection={<IconUsers size={18} aria-hidden />} onClick={() => setListOpen(true)} disabled={!report} data-testid="open-participant-list">
              {t('reports.participantList.open')}
            </Button>
          </Group>
        </Stack>
      </Card>

      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!report ? (
        <Center mih={200}>
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : (
        <Stack gap="lg" aria-busy={loading}>
          <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
            {charted[0] && (
              <Card withBorder padding="md">
                <ReportBarChart name="participants-by-gender" title={t('reports.chart.participantsByGender')} table={charted[0]} column={0} />
              </Card>
            )}
            {charted[1] && (
              <Card withBorder padding="md">
                <ReportBarChart name="hours-by-gender" title={t('reports.chart.hoursByGender')} table={charted[1]} column={2} />
              </Card>
            )}
            {charted[2] && (
              <Card withBorder padding="md">
                <ReportBarChart name="hours-by-type" title={t('reports.chart.hoursByType')} table={charted[2]} column={2} />
              </Card>
            )}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {report.tables.map((table) => (
              <Card withBorder padding="md" key={table.id} style={table.columns.length > 4 ? { gridColumn: '1 / -1' } : undefined}>
                <ReportTableView table={table} />
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <ParticipantListModal opened={listOpen} onClose={() => setListOpen(false)} onExport={exportList} />
    </Stack>
  );
}

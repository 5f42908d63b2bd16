import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Checkbox,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet, IconFileText, IconUsers, type TablerIcon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess, translateError } from '../../lib/errors';
import { useScreen } from '../../lib/screen';
import type { Audience, ProgrammeReport, ReportFile, ReportTable, ReportTableId } from '@shared/api/reports';
import { download } from '../exchange';
import { ReportBarChart, ReportTableView } from './ReportTableView';
import { DateField } from '../../lib/DateField';
import { SubmittedReports } from './SubmittedReports';
import { initialReportFilter, reportReply } from './prefetch';

interface Filter {
  from: string;
  to: string;
  office: string | null;
  advisor: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The period's two ends. */
const DATE_FIELDS = ['from', 'to'] as const;
/** The filters chosen from the values the report found. */
const CHOICE_FIELDS = ['office', 'advisor'] as const;

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

type Language = 'sv' | 'en';
type ReportResult = { key: string; report: ProgrammeReport | null; error: string | null };

/** The report for the filter, fetched again as it changes; the last good one stays on screen while the next loads or fails. */
function useProgrammeReport(filter: Filter, audience: Audience) {
  const [result, setResult] = useState<ReportResult | null>(null);
  const valid = DATE.test(filter.from) && DATE.test(filter.to);
  const requestKey = JSON.stringify([filter, audience]);

  useEffect(() => {
    if (!valid) return;
    let live = true;
    // The first request was started at navigation, while this screen's code loaded (prefetch.ts).
    reportReply(filter, audience).then(
      (r) => live && setResult({ key: requestKey, report: r, error: null }),
      (e: unknown) => live && setResult((prev) => ({ key: requestKey, report: prev?.report ?? null, error: translateError(e) })),
    );
    return () => {
      live = false;
    };
  }, [filter, audience, valid, requestKey]);

  return { report: result?.report ?? null, error: result?.error ?? null, loading: valid && result?.key !== requestKey };
}

/** The spreadsheet, CSV and participant-list exports, each saved as a download. */
function useReportExports(filter: Filter, audience: Audience, language: Language) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);
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
  return { exporting, exportAs, exportList };
}

interface FilterCardProps {
  filter: Filter;
  setFilter: Dispatch<SetStateAction<Filter>>;
  audience: Audience;
  setAudience(audience: Audience): void;
  report: ProgrammeReport | null;
}

/** Period, office, advisor, and whether the report is for outside readers. */
function FilterCard({ filter, setFilter, audience, setAudience, report }: FilterCardProps) {
  const { t } = useTranslation();
  const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const choices = { office: report?.offices ?? [], advisor: report?.advisors ?? [] };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-filter-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-filter-title">
          {t('reports.filter.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          {DATE_FIELDS.map((field) => (
            <DateField
              key={field}
              label={t(`reports.filter.${field}`)}
              value={filter[field]}
              onChange={(value) => setFilter((f) => ({ ...f, [field]: value }))}
              min={field === 'to' ? filter.from : null}
              // A period has both ends.
              clearable={false}
              data-testid={`report-${field}`}
            />
          ))}
          {CHOICE_FIELDS.map((field) => (
            <Select
              key={field}
              label={t(`reports.filter.${field}`)}
              placeholder={t('reports.filter.all')}
              data={options(choices[field])}
              value={filter[field]}
              onChange={(v) => setFilter((f) => ({ ...f, [field]: v }))}
              clearable
              data-testid={`report-${field}`}
            />
          ))}
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
  );
}

/** The export buttons: the spreadsheet, the CSV, and the participant list (which asks first). */
const EXPORT_BUTTONS: Array<{
  action: 'xlsx' | 'csv' | 'list';
  testId: string;
  variant?: 'light' | 'default';
  Icon: TablerIcon;
  label: 'reports.export.xlsx' | 'reports.export.csv' | 'reports.participantList.open';
}> = [
  { action: 'xlsx', testId: 'export-xlsx', Icon: IconFileSpreadsheet, label: 'reports.export.xlsx' },
  { action: 'csv', testId: 'export-csv', variant: 'light', Icon: IconFileText, label: 'reports.export.csv' },
  { action: 'list', testId: 'open-participant-list', variant: 'default', Icon: IconUsers, label: 'reports.participantList.open' },
];

interface ExportCardProps {
  disabled: boolean;
  exporting: 'xlsx' | 'csv' | null;
  onExport(kind: 'xlsx' | 'csv'): void;
  onOpenList(): void;
}

function ExportCard({ disabled, exporting, onExport, onOpenList }: ExportCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-export-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-export-title">
          {t('reports.export.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.export.externalNote')}
        </Text>
        <Group gap="sm">
          {EXPORT_BUTTONS.map(({ action, testId, variant, Icon, label }) => (
            <Button
              key={testId}
              variant={variant}
              leftSection={<Icon size={18} aria-hidden />}
              onClick={() => (action === 'list' ? onOpenList() : onExport(action))}
              loading={exporting === action}
              disabled={disabled}
              data-testid={testId}
            >
              {t(label)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

const CHARTS = [
  { table: 'participantsByGender', name: 'participants-by-gender', title: 'reports.chart.participantsByGender', column: 0 },
  { table: 'hoursByGender', name: 'hours-by-gender', title: 'reports.chart.hoursByGender', column: 2 },
  { table: 'activitiesByType', name: 'hours-by-type', title: 'reports.chart.hoursByType', column: 2 },
  { table: 'advisorHoursByKind', name: 'advisor-hours-by-kind', title: 'reports.chart.advisorHoursByKind', column: 2 },
] as const;

/** Internal (stays in the office) or external: the same words as on every sheet of the exported workbook. */
function AudienceMark({ audience, small = false }: { audience: Audience; small?: boolean }) {
  const { t } = useTranslation();
  const external = audience === 'external';
  const text = t(external ? 'reports.file.markExternal' : 'reports.file.markInternal');
  if (small) {
    return (
      <Badge color={external ? 'blue' : 'red'} variant="light" data-testid="audience-mark" data-audience={audience}>
        {t(external ? 'reports.file.badgeExternal' : 'reports.file.badgeInternal')}
      </Badge>
    );
  }
  return (
    <Alert color={external ? 'blue' : 'red'} variant="filled" data-testid="audience-banner" data-audience={audience}>
      <Text fw={700} size="sm">
        {text}
      </Text>
      {external && <Text size="sm">{t('reports.file.hiddenLegend')}</Text>}
    </Alert>
  );
}

/** Four charts over the tables they draw, then every table of the report (wide ones across the page). */
function ReportBody({ report, loading }: { report: ProgrammeReport; loading: boolean }) {
  const { t } = useTranslation();
  const tableOf = (id: ReportTableId): ReportTable | undefined => report.tables.find((x) => x.id === id);
  return (
    <Stack gap="lg" aria-busy={loading}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {CHARTS.map((c) => {
          const table = tableOf(c.table);
          return (
            table && (
              <Card withBorder padding="md" key={c.name}>
                <ReportBarChart name={c.name} title={t(c.title)} table={table} column={c.column} />
              </Card>
            )
          );
        })}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {report.tables.map((table) => (
          <Card withBorder padding="md" key={table.id} style={table.columns.length > 4 ? { gridColumn: '1 / -1' } : undefined}>
            <Group justify="flex-end" mb={4}>
              <AudienceMark audience={report.audience} small />
            </Group>
            <ReportTableView table={table} />
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The programme report: period, office and advisor; charts with their tables; the exports. */
export function ReportScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const [filter, setFilter] = useState<Filter>(initialReportFilter);
  const [audience, setAudience] = useState<Audience>('internal');
  const [listOpen, setListOpen] = useState(false);
  const { report, error, loading } = useProgrammeReport(filter, audience);
  const { exporting, exportAs, exportList } = useReportExports(filter, audience, language);
  useScreen('reports', report !== null && !loading, t('reports.page.title'));

  return (
    <Stack gap="lg" data-screen="reports" data-ready={report !== null && !loading ? 'true' : 'false'} data-audience={audience}>
      <Stack gap={4}>
        <Title order={1}>{t('reports.page.title')}</Title>
        <Text c="dimmed">{t('reports.page.intro')}</Text>
      </Stack>
      <AudienceMark audience={audience} />
      <FilterCard filter={filter} setFilter={setFilter} audience={audience} setAudience={setAudience} report={report} />
      <ExportCard disabled={!report} exporting={exporting} onExport={(kind) => void exportAs(kind)} onOpenList={() => setListOpen(true)} />
      <SubmittedReports filter={filter} audience={audience} language={language} disabled={!report} />
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
        <ReportBody report={report} loading={loading} />
      )}
      <ParticipantListModal opened={listOpen} onClose={() => setListOpen(false)} onExport={exportList} />
    </Stack>
  );
}

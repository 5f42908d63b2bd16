import { memo, useEffect, useRef, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
  EmptyState,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconBuildingStore, IconPlus, IconSearch, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { hrefFor, useRouter } from '../../lib/router';
import { useScreen } from '../../lib/screen';
import type { CompanyListItem, CompanySort } from '@shared/api/companies';
import { maskOrgNumber } from '@shared/domain/orgNumber';
import type { CompanyStatus, SizeClass } from '@shared/domain/company';
import { hasFilters, useCompanyList } from './listStore';
import { NewCompanyModal } from './NewCompanyModal';
import { STATUS_COLOR, useMunicipalityName, useMunicipalityOptions, useSizeClassOptions, useStatusOptions } from './options';

const SEARCH_DEBOUNCE_MS = 60;

function SortHeader({ column, label }: { column: CompanySort; label: string }) {
  const { t } = useTranslation();
  const sort = useCompanyList((s) => s.sort);
  const direction = useCompanyList((s) => s.direction);
  const toggleSort = useCompanyList((s) => s.toggleSort);
  const active = sort === column;
  const Icon = !active ? IconArrowsSort : direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => toggleSort(column)} data-testid={`sort-${column}`}>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden stroke={active ? 2.2 : 1.5} />
          <VisuallyHidden>
            {t('companies.list.sortBy', { column: label })}
            {active && `, ${t(direction === 'asc' ? 'companies.list.sortedAscending' : 'companies.list.sortedDescending')}`}
          </VisuallyHidden>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function Filters() {
  const { t } = useTranslation();
  const filters = useCompanyList((s) => s.filters);
  const setFilters = useCompanyList((s) => s.setFilters);
  const clearFilters = useCompanyList((s) => s.clearFilters);
  const [query, setQuery] = useState(filters.query);
  const [debounced] = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);
  const municipalityOptions = useMunicipalityOptions(true);
  const statusOptions = useStatusOptions();
  const sizeOptions = useSizeClassOptions();

  useEffect(() => {
    if (debounced !== useCompanyList.getState().filters.query) setFilters({ query: debounced });
  }, [debounced, setFilters]);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('companies.list.search')}
        placeholder={t('companies.list.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        type="search"
        style={{ flex: '1 1 16rem' }}
        data-testid="company-search"
      />
      <MultiSelect
        label={t('companies.list.status')}
        placeholder={filters.statuses.length === 0 ? t('companies.list.statusPlaceholder') : undefined}
        data={statusOptions}
        value={filters.statuses}
        onChange={(v) => setFilters({ statuses: v as CompanyStatus[] })}
        clearable
        style={{ flex: '1 1 11rem' }}
      />
      <Select
        label={t('companies.list.municipality')}
        placeholder={t('companies.list.municipalityPlaceholder')}
        data={municipalityOptions}
        value={filters.municipalityCode}
        onChange={(v) => setFilters({ municipalityCode: v })}
        clearable
        searchable
        style={{ flex: '1 1 10rem' }}
      />
      <Select
        label={t('companies.list.sizeClass')}
        placeholder={t('companies.list.sizeClassPlaceholder')}
        data={sizeOptions}
        value={filters.sizeClass}
        onChange={(v) => setFilters({ sizeClass: v as SizeClass | null })}
        clearable
        style={{ flex: '1 1 10rem' }}
      />
      <Stack gap={6} pb={8}>
        <Switch
          label={t('companies.list.includeArchived')}
          checked={filters.includeArchived}
          onChange={(e) => setFilters({ includeArchived: e.currentTarget.checked })}
        />
      </Stack>
      {hasFilters(filters) && (
        <Button variant="subtle" onClick={clearFilters}>
          {t('companies.list.clearFilters')}
        </Button>
      )}
    </Group>
  );
}

/**
 * One company in the list: the whole row opens it, the name is a real link too. Drawn again only when its company
 * changes: "show more" adds rows without redrawing those shown.
 */
const CompanyRow = memo(function CompanyRow({ company: c }: { company: CompanyListItem }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useRouter((s) => s.navigate);
  const municipalityName = useMunicipalityName();
  return (
    <Table.Tr data-testid="company-row" style={{ cursor: 'pointer' }} onClick={() => navigate({ name: 'company', id: c.id })}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor href={hrefFor({ name: 'company', id: c.id })} fw={600} onClick={(e) => e.stopPropagation()}>
            {c.name}
          </Anchor>
          {c.archivedAt && (
            <Badge color="gray" variant="outline" size="sm">
              {t('companies.list.archived')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {maskOrgNumber(c.orgNumber, c.orgKind)}
      </Table.Td>
      <Table.Td>{municipalityName(c.municipalityCode, c.municipalityOther) || t('common.notSet')}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOR[c.status]} variant="light">
          {t(`companies.status.${c.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">{fmt.number(c.peopleCount)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(c.updatedAt)}</Table.Td>
    </Table.Tr>
  );
});

/**
 * The companies shown so far, with sortable column headers. Drawn again only when the list changes: not when a search
 * starts (the store's `loading`) or the filters above it change, which with 200 rows cost a keystroke its frame.
 */
const CompanyTable = memo(function CompanyTable({ items }: { items: CompanyListItem[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid="company-table">
          <VisuallyHidden component="caption">{t('companies.list.tableCaption')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <SortHeader column="name" label={t('companies.list.column.name')} />
              <SortHeader column="orgNumber" label={t('companies.list.column.orgNumber')} />
              <SortHeader column="municipality" label={t('companies.list.column.municipality')} />
              <SortHeader column="status" label={t('companies.list.column.status')} />
              <Table.Th ta="right">
                <Text fw={700} size="sm">
                  {t('companies.list.column.people')}
                </Text>
              </Table.Th>
              <SortHeader column="updatedAt" label={t('companies.list.column.updatedAt')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <CompanyRow key={c.id} company={c} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
});

/** An empty list: the first company to add, or (when filters hide them all) the filters to clear. */
function EmptyList({ filtered, onCreate, onClear }: { filtered: boolean; onCreate(): void; onClear(): void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md">
      {filtered ? (
        <EmptyState
          icon={<IconSearchOff size={32} aria-hidden />}
          title={t('companies.list.noMatches.title')}
          description={t('companies.list.noMatches.description')}
        >
          <EmptyState.Actions>
            <Button variant="default" onClick={onClear}>
              {t('companies.list.clearFilters')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <EmptyState
          icon={<IconBuildingStore size={32} aria-hidden />}
          variant="light"
          title={t('companies.list.empty.title')}
          description={t('companies.list.empty.description')}
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onCreate}>
              {t('companies.list.newCompany')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
    </Paper>
  );
}

export function CompaniesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { items, total, loaded, loading, filters, load, showMore, clearFilters, resetKey } = useCompanyList();
  const [creating, setCreating] = useState(false);
  const tableRef = useRef<HTMLDivElement>(null);
  useScreen('companies', loaded, t('companies.list.title'));

  // The button is disabled while the next page loads, which takes the focus from it: the focus goes on to the first
  // company added, so that a keyboard user carries on where the list grew (never back at the top of the page).
  const grown = useRef<{ from: CompanyListItem[] } | null>(null);
  useEffect(() => {
    const from = grown.current?.from;
    if (!from || items === from) return;
    grown.current = null;
    // Only when the next page was added to the same list (not when a search replaced it meanwhile).
    if (items.length > from.length && items[0] === from[0]) {
      tableRef.current?.querySelectorAll<HTMLElement>('[data-testid="company-row"] a').item(from.length)?.focus();
    }
  }, [items]);
  const showMoreAndFocus = () => {
    grown.current = { from: items };
    void showMore();
  };

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="md" data-screen="companies" data-ready={loaded ? 'true' : 'false'}>
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('companies.list.title')}
          </Title>
          {loaded && (
            <Text c="dimmed" data-testid="company-count">
              {t('companies.list.count', { count: total, formatted: fmt.number(total) })}
            </Text>
          )}
          {loading && <Loader size="xs" aria-hidden />}
        </Group>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)} data-testid="new-company">
          {t('companies.list.newCompany')}
        </Button>
      </Group>

      <Paper withBorder p="md" radius="md">
        <Filters key={resetKey} />
      </Paper>

      {loaded && total === 0 && <EmptyList filtered={hasFilters(filters)} onCreate={() => setCreating(true)} onClear={clearFilters} />}

      {total > 0 && (
        <div ref={tableRef}>
          <CompanyTable items={items} />
        </div>
      )}

      {items.length > 0 && items.length < total && (
        <Group justify="center" gap="md">
          <Text size="sm" c="dimmed">
            {t('companies.list.shown', { shown: fmt.number(items.length), total: fmt.number(total) })}
          </Text>
          <Button variant="default" onClick={showMoreAndFocus} loading={loading} data-testid="show-more-companies">
            {t('companies.list.showMore')}
          </Button>
        </Group>
      )}

      <NewCompanyModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

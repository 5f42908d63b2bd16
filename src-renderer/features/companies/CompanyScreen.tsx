import { useEffect, useState } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Button, Center, Grid, Group, Loader, Menu, Stack, Text, Title, EmptyState } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconBuildingOff, IconDots, IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { hrefFor, useRouter } from '../../lib/router';
import { useScreen } from '../../lib/screen';
import { PeopleSection } from '../people';
import { AssessmentsSection } from '../assessments';
import { GapsSection } from '../gaps';
import { ContactsSection } from '../contacts';
import { DeMinimisSection } from '../aid';
import { ReviewFlags } from '../retention';
import type { Company } from '@shared/api/companies';
import { useCompany } from './companyStore';
import { DeleteCompanyModal } from './DeleteCompanyModal';
import { useCompanyList } from './listStore';
import { STATUS_COLOR } from './options';
import { ContactSection, DetailsSection, ProgrammeSection } from './sections';
import { CompanySummary } from './CompanySummary';
import { StatusDateField } from './StatusDateField';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor href={hrefFor({ name: 'companies' })} size="sm" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={16} aria-hidden />
        {t('companies.page.back')}
      </Group>
    </Anchor>
  );
}

/** The company's name, status and org. number, as the page's heading. */
function CompanyHeading({ company }: { company: Company }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }} data-testid="company-title">
          {company.name}
        </Title>
        <Badge color={STATUS_COLOR[company.status]} variant="light" size="lg" data-testid="company-status">
          {t(`companies.status.${company.status}`)}
        </Badge>
        {company.archivedAt && (
          <Badge color="gray" variant="outline" size="lg">
            {t('companies.list.archived')}
          </Badge>
        )}
      </Group>
      <Group gap="md" wrap="wrap">
        <Text ff="monospace" size="sm">
          {company.orgNumber}
        </Text>
        {company.orgKind === 'sole_trader' && (
          <Text size="sm" c="dimmed">
            {t('companies.details.soleTrader')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('companies.page.updated', { date: fmt.dateTime(company.updatedAt) })}
        </Text>
      </Group>
    </Stack>
  );
}

/** Save state, the plan, and the menu that archives or deletes the company. */
function CompanyActions({ company, onDelete }: { company: Company; onDelete(): void }) {
  const { t } = useTranslation();
  const setArchived = useCompany((s) => s.setArchived);
  return (
    <Group gap="sm" wrap="nowrap">
      <SaveIndicator />
      <Button component="a" href={hrefFor({ name: 'plan', companyId: company.id })} variant="light" data-testid="open-plan">
        {t('plans.page.open')}
      </Button>
      {/* Without Mantine's hidden focus placeholder, which is no menu item (axe: aria-required-children). */}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('companies.page.actions')} data-testid="company-actions">
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {company.archivedAt ? (
            <Menu.Item
              leftSection={<IconArchiveOff size={16} aria-hidden />}
              onClick={() => void setArchived(false).then((ok) => ok && notifySuccess(t('companies.page.unarchivedDone')))}
            >
              {t('companies.page.unarchive')}
            </Menu.Item>
          ) : (
            <Menu.Item
              leftSection={<IconArchive size={16} aria-hidden />}
              onClick={() => void setArchived(true).then((ok) => ok && notifySuccess(t('companies.page.archivedDone')))}
            >
              {t('companies.page.archive')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
            {t('companies.page.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

export function CompanyScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useRouter((s) => s.navigate);
  const { company, state, load, setArchived, remove } = useCompany();
  const [deleting, setDeleting] = useState(false);
  const ready = state !== 'loading' && (company === null || company.id === id);
  useScreen('company', ready, company?.name ?? '');

  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (state === 'notFound') {
    return (
      <Stack gap="md" data-screen="company" data-ready="true">
        <BackLink />
        <EmptyState icon={<IconBuildingOff size={32} aria-hidden />} title={t('errors.company.notFound')} mt="xl" />
      </Stack>
    );
  }
  if (!company || company.id !== id) {
    return (
      <Center py="xl" data-screen="company" data-ready="false">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  return (
    <Stack gap="md" data-screen="company" data-ready="true" data-company-id={company.id}>
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <CompanyHeading company={company} />
        <CompanyActions company={company} onDelete={() => setDeleting(true)} />
      </Group>

      {company.archivedAt && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">{t('companies.page.archivedNotice')}</Text>
            <Button size="xs" variant="default" onClick={() => void setArchived(false)}>
              {t('companies.page.unarchive')}
            </Button>
          </Group>
        </Alert>
      )}

      {/* Where the company stands and what to do next come first; the details follow in their sections. */}
      <CompanySummary company={company} />
      <div>
        <AssessmentsSection companyId={company.id} status={company.status} />
        <GapsSection companyId={company.id} />
        <PeopleSection companyId={company.id} />
        <ContactsSection companyId={company.id} />
        <ReviewFlags companyId={company.id} />
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <DetailsSection />
            <ContactSection />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ProgrammeSection />
          <StatusDateField />
        </Grid.Col>
        <Grid.Col span={12}>
          <DeMinimisSection companyId={company.id} />
        </Grid.Col>
      </Grid>

      <DeleteCompanyModal
        opened={deleting}
        name={company.name}
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          const name = company.name;
          if (await remove()) {
            setDeleting(false);
            notifySuccess(t('companies.delete.deleted', { name }));
            void useCompanyList.getState().load();
            navigate({ name: 'companies' });
          }
        }}
      />
    </Stack>
  );
}

import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { ActionIcon, Anchor, AppShell, Button, Container, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBuildingStore,
  IconChartBar,
  IconHome,
  IconLock,
  IconPlant2,
  IconSchool,
  IconSettings,
  type TablerIcon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../lib/errors';
import { hrefFor, useRouter } from '../lib/router';
import { useSession } from '../features/session/store';
import { focusMainHeading, MAIN_CONTENT_ID, useFocusOnNavigation } from './focusHeading';
import { LanguageSwitch } from './LanguageSwitch';

/** Settings (with the backup, office and passphrase forms) is loaded the first time it is opened. */
const SettingsModal = lazy(async () => ({ default: (await import('./SettingsModal')).SettingsModal }));
import './shell.css';

/** One of the header's destinations; the current one is lit and announced as the page. */
function NavButton({ href, active, icon: Icon, children }: { href: string; active: boolean; icon: TablerIcon; children: ReactNode }) {
  return (
    <Button
      component="a"
      href={href}
      variant={active ? 'light' : 'subtle'}
      className="nav-button"
      leftSection={<Icon size={18} aria-hidden />}
      aria-current={active ? 'page' : undefined}
    >
      {children}
    </Button>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const route = useRouter((s) => s.route);
  const lock = useSession((s) => s.lock);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Mounted from the first opening on, so that it closes (and gives the focus back) as a modal does.
  const [settingsUsed, setSettingsUsed] = useState(false);
  // Every screen but exchange belongs to a company, or to the list of them.
  const onCompanies = route.name !== 'exchange' && route.name !== 'providers' && route.name !== 'overview' && route.name !== 'reports';
  // A new screen is a new route name or record; another round or competence within a person's gaps is not.
  useFocusOnNavigation(`${route.name}/${'id' in route ? route.id : ''}/${'companyId' in route ? route.companyId : ''}`);

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <a
          href={`#${MAIN_CONTENT_ID}`}
          className="skip-link"
          onClick={(e) => {
            // The address's hash is the router's: focus the content without touching it.
            e.preventDefault();
            focusMainHeading(true);
          }}
        >
          {t('shell.skipToContent')}
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="lg" wrap="nowrap">
            <Anchor href={hrefFor({ name: 'companies' })} underline="never" c="inherit" aria-label={t('app.name')}>
              <Group gap="xs" wrap="nowrap">
                <ThemeIcon size="lg" radius="md" aria-hidden>
                  <IconPlant2 size={22} />
                </ThemeIcon>
                <Text fw={700} size="lg" visibleFrom="lg">
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
            <nav aria-label={t('shell.nav.label')}>
              <NavButton href={hrefFor({ name: 'overview' })} active={route.name === 'overview'} icon={IconHome}>
                {t('reports.overview.nav')}
              </NavButton>
              <NavButton href={hrefFor({ name: 'companies' })} active={onCompanies} icon={IconBuildingStore}>
                {t('shell.nav.companies')}
              </NavButton>
              <NavButton href={hrefFor({ name: 'exchange' })} active={route.name === 'exchange'} icon={IconArrowsExchange}>
                {t('shell.nav.exchange')}
              </NavButton>
              <NavButton href={hrefFor({ name: 'providers' })} active={route.name === 'providers'} icon={IconSchool}>
                {t('plans.providers.nav')}
              </NavButton>
              <NavButton href={hrefFor({ name: 'reports' })} active={route.name === 'reports'} icon={IconChartBar}>
                {t('reports.page.nav')}
              </NavButton>
            </nav>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Tooltip label={t('shell.settings')}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('shell.settings')}
                onClick={() => {
                  setSettingsUsed(true);
                  setSettingsOpen(true);
                }}
                data-testid="open-settings"
              >
                <IconSettings size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('shell.lockDescription')} multiline w={240}>
              <Button
                variant="default"
                leftSection={<IconLock size={18} aria-hidden />}
                onClick={() => void lock().catch(notifyError)}
                data-testid="lock"
              >
                {t('shell.lock')}
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main bg="gray.0">
        <Container size="xl" px={0} id={MAIN_CONTENT_ID}>
          {children}
        </Container>
      </AppShell.Main>
      {settingsUsed && (
        <Suspense fallback={null}>
          <SettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
        </Suspense>
      )}
    </AppShell>
  );
}

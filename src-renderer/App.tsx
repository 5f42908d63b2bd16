import { Suspense, useEffect, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { SessionStatus } from '@shared/api/session';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLockedHandler } from './lib/errors';
import { useRouter } from './lib/router';
import type { Route } from './lib/router';
import { SCREEN_READY } from './lib/screen';
import { useSession } from './features/session/store';
import type { RecoveryReason } from './features/session/store';
import { useAutoLock } from './shell/autoLock';
import { Shell } from './shell/Shell';
// The screen the app opens on comes with it (one round trip less); every other screen loads when first shown.
import { OverviewScreen } from './features/overview/OverviewScreen';
// The report's data is asked for as the app goes there, while the report's code loads (not after it has mounted).
import { prefetchReport } from './features/reports/prefetch';

/** A lazily loaded screen; `preload` fetches its code ahead, after which it shows at once. */
type Screen<P> = ComponentType<P> & { preload(): Promise<void> };

/**
 * One screen's module, loaded when it is first shown: the overview does not carry the charts, the report, the print
 * views, exchange or the passphrase estimator (see vite.renderer.config.ts for the shared chunks). Until its code is
 * there the screen shows the loader, and then itself in the next render. Not React.lazy: a screen that suspends is
 * revealed no sooner than 300 ms after its fallback showed (React throttles Suspense reveals), so the report waited
 * for that even when its code and data were there after 250 ms. A module that fails to load throws, as lazy would.
 */
function screen<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  { fullHeight = false }: { fullHeight?: boolean } = {},
): Screen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then((m) => {
      loaded = m[name];
    }));
  const Loaded = (props: P) => {
    const [state, setState] = useState<{ Component: ComponentType<P> | null; error: unknown }>(() => ({ Component: loaded, error: null }));
    useEffect(() => {
      if (state.Component) return;
      let live = true;
      preload().then(
        () => live && setState({ Component: loaded, error: null }),
        (error: unknown) => live && setState({ Component: null, error }),
      );
      return () => {
        live = false;
      };
    }, [state.Component]);
    if (state.error) throw state.error;
    return state.Component ? <state.Component {...props} /> : <Loading fullHeight={fullHeight} />;
  };
  return Object.assign(Loaded, { preload });
}

const CompaniesScreen = screen(() => import('./features/companies/CompaniesScreen'), 'CompaniesScreen');
const CompanyScreen = screen(() => import('./features/companies/CompanyScreen'), 'CompanyScreen');
const RoundScreen = screen(() => import('./features/assessments/RoundScreen'), 'RoundScreen');
const PlanScreen = screen(() => import('./features/plans/PlanScreen'), 'PlanScreen');

/**
 * The screens a screen most often leads to, fetched once it is there, so that the next step waits for its data only.
 * Never the report, charts or print from the overview: its first load stays small (tests/e2e/rendererChunks.e2e.ts).
 */
const NEXT: Partial<Record<Route['name'], Array<() => Promise<void>>>> = {
  overview: [CompaniesScreen.preload],
  companies: [CompanyScreen.preload],
  company: [RoundScreen.preload, PlanScreen.preload],
};

function usePrefetchNext(route: Route['name']): void {
  useEffect(() => {
    const next = NEXT[route];
    if (!next) return;
    // Once the screen has its data (never competing with what it loads), when the page is idle.
    let handle = 0;
    const onReady = () => {
      handle = window.requestIdleCallback(() => next.forEach((l) => void l().catch(() => undefined)), { timeout: 2000 });
    };
    window.addEventListener(SCREEN_READY, onReady, { once: true });
    return () => {
      window.removeEventListener(SCREEN_READY, onReady);
      window.cancelIdleCallback(handle);
    };
  }, [route]);
}

// At the navigation itself (before React renders the route): the host reads the report while its code loads.
useRouter.subscribe((state, previous) => {
  if (state.route.name === 'reports' && previous.route.name !== 'reports' && useSession.getState().status?.unlocked) prefetchReport();
});

const ExchangeScreen = screen(() => import('./features/exchange/ExchangeScreen'), 'ExchangeScreen');
const PersonGapsScreen = screen(() => import('./features/gaps/PersonGapsScreen'), 'PersonGapsScreen');
const SelfAssessmentScreen = screen(() => import('./features/selfAssessment/SelfAssessmentScreen'), 'SelfAssessmentScreen', {
  fullHeight: true,
});
const CreateScreen = screen(() => import('./features/session/CreateScreen'), 'CreateScreen', { fullHeight: true });
const OpeningScreen = screen(() => import('./features/session/OpeningScreen'), 'OpeningScreen', { fullHeight: true });
const StartupErrorScreen = screen(() => import('./features/session/StartupErrorScreen'), 'StartupErrorScreen', { fullHeight: true });
const UnlockScreen = screen(() => import('./features/session/UnlockScreen'), 'UnlockScreen', { fullHeight: true });
const ProvidersScreen = screen(() => import('./features/plans/ProvidersScreen'), 'ProvidersScreen');
const PrintView = screen(() => import('./print/PrintView'), 'PrintView', { fullHeight: true });
const ReportScreen = screen(() => import('./features/reports/ReportScreen'), 'ReportScreen');

/** What shows while the app starts or a screen's code loads: a spinner that says so (no heading, so that the focus
 * moves to the screen's own heading once it is there, see shell/focusHeading.ts). */
function Loading({ fullHeight = false }: { fullHeight?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center mih={fullHeight ? '100vh' : 200} role="status">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** The screen inside the shell for each route. */
function screenFor(route: Route) {
  switch (route.name) {
    case 'overview':
      return <OverviewScreen />;
    case 'reports':
      return <ReportScreen />;
    case 'company':
      return <CompanyScreen key={route.id} id={route.id} />;
    case 'exchange':
      return <ExchangeScreen />;
    case 'plan':
      return <PlanScreen key={route.companyId} companyId={route.companyId} />;
    case 'providers':
      return <ProvidersScreen />;
    case 'round':
      return <RoundScreen key={route.roundId} companyId={route.companyId} roundId={route.roundId} />;
    case 'personGaps':
      return <PersonGapsScreen key={`${route.companyId}/${route.personId}/${route.roundId ?? ''}`} {...route} />;
    default:
      return <CompaniesScreen />;
  }
}

/** A screen without the shell: before the store is open, a print view, or a handed-over laptop; null for the shell. */
function standaloneScreen(status: SessionStatus, recovery: RecoveryReason | null, route: Route): ReactNode {
  if (!status.unlocked) {
    // A start that failed (keychain mode) or an unlock no passphrase fixes: explained before anything else.
    const reason = status.startupError ?? (status.storeExists ? recovery : null);
    if (reason) return <StartupErrorScreen reason={reason} />;
    if (status.unlockMode === 'keychain') return <OpeningScreen />;
    return status.storeExists ? <UnlockScreen /> : <CreateScreen />;
  }
  // A handed-over laptop shows only the self-assessment: no shell, no navigation (the server refuses the rest anyway).
  // A print view stands alone: no shell, its own language (see print/PrintView.tsx).
  if (route.name === 'print' && !status.selfAssessment) {
    const { name: _print, ...printRoute } = route;
    return <PrintView route={printRoute} />;
  }
  if (status.selfAssessment) return <SelfAssessmentScreen key={status.selfAssessment.personId} {...status.selfAssessment} />;
  return null;
}

export function App() {
  const status = useSession((s) => s.status);
  const refresh = useSession((s) => s.refresh);
  const recovery = useSession((s) => s.recovery);
  const route = useRouter((s) => s.route);
  useAutoLock();
  usePrefetchNext(status?.unlocked && !status.selfAssessment ? route.name : 'print');

  useEffect(() => {
    setLockedHandler(() => void refresh().catch(() => undefined));
    if (!useSession.getState().status) void refresh().catch(() => undefined);
  }, [refresh]);

  if (!status) return <Loading fullHeight />;
  const alone = standaloneScreen(status, recovery, route);
  if (alone) return <Suspense fallback={<Loading fullHeight />}>{alone}</Suspense>;
  return (
    <Shell>
      <Suspense fallback={<Loading />}>{screenFor(route)}</Suspense>
    </Shell>
  );
}

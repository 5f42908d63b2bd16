import { useEffect } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLockedHandler } from './lib/errors';
import { useRouter } from './lib/router';
import type { Route } from './lib/router';
import { CompaniesScreen } from './features/companies/CompaniesScreen';
import { CompanyScreen } from './features/companies/CompanyScreen';
import { ExchangeScreen } from './features/exchange/ExchangeScreen';
import { PersonGapsScreen } from './features/gaps/PersonGapsScreen';
import { RoundScreen } from './features/assessments/RoundScreen';
import { SelfAssessmentScreen } from './features/selfAssessment/SelfAssessmentScreen';
import { CreateScreen } from './features/session/CreateScreen';
import { OpeningScreen } from './features/session/OpeningScreen';
import { StartupErrorScreen } from './features/session/StartupErrorScreen';
import { UnlockScreen } from './features/session/UnlockScreen';
import { useSession } from './features/session/store';
import { useAutoLock } from './shell/autoLock';
import { Shell } from './shell/Shell';
import { PlanScreen } from './features/plans/PlanScreen';
import { ProvidersScreen } from './features/plans/ProvidersScreen';
import { PrintView } from './print/PrintView';
import { OverviewScreen } from './features/overview/OverviewScreen';
import { ReportScreen } from './features/reports/ReportScreen';

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

export function App() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const refresh = useSession((s) => s.refresh);
  const recovery = useSession((s) => s.recovery);
  const route = useRouter((s) => s.route);
  useAutoLock();

  useEffect(() => {
    setLockedHandler(() => void refresh().catch(() => undefined));
    if (!useSession.getState().status) void refresh().catch(() => undefined);
  }, [refresh]);

  if (!status) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
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
  return <Shell>{screenFor(route)}</Shell>;
}

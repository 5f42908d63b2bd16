import { useEffect } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLockedHandler } from './lib/errors';
import { useRouter } from './lib/router';
import { CompaniesScreen } from './features/companies/CompaniesScreen';
import { CompanyScreen } from './features/companies/CompanyScreen';
import { CreateScreen } from './features/session/CreateScreen';
import { OpeningScreen } from './features/session/OpeningScreen';
import { UnlockScreen } from './features/session/UnlockScreen';
import { useSession } from './features/session/store';
import { Shell } from './shell/Shell';

export function App() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const refresh = useSession((s) => s.refresh);
  const route = useRouter((s) => s.route);

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
    if (status.unlockMode === 'keychain') return <OpeningScreen />;
    return status.storeExists ? <UnlockScreen /> : <CreateScreen />;
  }
  return <Shell>{route.name === 'company' ? <CompanyScreen key={route.id} id={route.id} /> : <CompaniesScreen />}</Shell>;
}

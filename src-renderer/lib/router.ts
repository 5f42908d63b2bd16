import { create } from 'zustand';
import { parsePrintHash, printHash } from '@shared/api/printRoute';
import type { PrintRoute } from '@shared/api/printRoute';

export type Route =
  | { name: 'overview' }
  | { name: 'reports' }
  | { name: 'companies' }
  | { name: 'company'; id: string }
  | { name: 'exchange' }
  | { name: 'personGaps'; companyId: string; personId: string; roundId?: string | null; competenceId?: string | null }
  | { name: 'round'; companyId: string; roundId: string }
  | { name: 'plan'; companyId: string }
  | { name: 'providers' }
  | ({ name: 'print' } & PrintRoute);

/** `#/overview`, `#/reports`, `#/companies`, `#/companies/<id>`, `#/exchange`, …; anything else falls back to the overview. */
export function parseHash(hash: string): Route {
  const print = parsePrintHash(hash);
  if (print) return { name: 'print', ...print };
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'overview') return { name: 'overview' };
  if (parts[0] === 'reports') return { name: 'reports' };
  if (parts[0] === 'companies' && !parts[1]) return { name: 'companies' };
  if (parts[0] === 'exchange') return { name: 'exchange' };
  if (parts[0] === 'providers') return { name: 'providers' };
  if (parts[0] === 'companies' && parts[1] && parts[2] === 'plan') return { name: 'plan', companyId: decodeURIComponent(parts[1]) };
  if (parts[0] === 'companies' && parts[1] && parts[2] === 'people' && parts[3] && parts[4] === 'gaps') {
    const [roundId, competenceId] = [parts[5], parts[6]].map((p) => (p ? decodeURIComponent(p) : null));
    return { name: 'personGaps', companyId: decodeURIComponent(parts[1]), personId: decodeURIComponent(parts[3]), roundId, competenceId };
  }
  if (parts[0] === 'companies' && parts[1] && parts[2] === 'rounds' && parts[3]) {
    return { name: 'round', companyId: decodeURIComponent(parts[1]), roundId: decodeURIComponent(parts[3]) };
  }
  if (parts[0] === 'companies' && parts[1]) return { name: 'company', id: decodeURIComponent(parts[1]) };
  return { name: 'overview' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'company':
      return `#/companies/${encodeURIComponent(route.id)}`;
    case 'overview':
      return '#/overview';
    case 'reports':
      return '#/reports';
    case 'exchange':
      return '#/exchange';
    case 'providers':
      return '#/providers';
    case 'plan':
      return `#/companies/${encodeURIComponent(route.companyId)}/plan`;
    case 'print':
      return printHash(route);
    case 'round':
      return `#/companies/${encodeURIComponent(route.companyId)}/rounds/${encodeURIComponent(route.roundId)}`;
    case 'personGaps':
      return [`#/companies/${encodeURIComponent(route.companyId)}/people/${encodeURIComponent(route.personId)}/gaps`]
        .concat(route.roundId ? [encodeURIComponent(route.roundId)] : [])
        .concat(route.roundId && route.competenceId ? [encodeURIComponent(route.competenceId)] : [])
        .join('/');
    default:
      return '#/companies';
  }
}

interface RouterState {
  route: Route;
  navigate(route: Route): void;
}

export const useRouter = create<RouterState>(() => ({
  route: parseHash(window.location.hash),
  navigate(route) {
    const href = hrefFor(route);
    if (window.location.hash !== href) window.location.hash = href;
    else useRouter.setState({ route });
  },
}));

window.addEventListener('hashchange', () => {
  useRouter.setState({ route: parseHash(window.location.hash) });
});

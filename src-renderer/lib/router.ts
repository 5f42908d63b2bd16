import { create } from 'zustand';

export type Route = { name: 'companies' } | { name: 'company'; id: string };

/** `#/companies` and `#/companies/<id>`; anything else falls back to the list. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'companies' && parts[1]) return { name: 'company', id: decodeURIComponent(parts[1]) };
  return { name: 'companies' };
}

export function hrefFor(route: Route): string {
  return route.name === 'company' ? `#/companies/${encodeURIComponent(route.id)}` : '#/companies';
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

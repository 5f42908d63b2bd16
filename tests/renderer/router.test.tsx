import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, useRouter } from '../../src-renderer/lib/router';
import type { Route } from '../../src-renderer/lib/router';

const ROUTES: Route[] = [
  { name: 'overview' },
  { name: 'reports' },
  { name: 'companies' },
  { name: 'company', id: 'c1' },
  { name: 'exchange' },
  { name: 'providers' },
  { name: 'plan', companyId: 'c1' },
  { name: 'round', companyId: 'c1', roundId: 'r1' },
  { name: 'print', document: 'plan', companyId: 'c1', language: 'sv', auto: false },
  { name: 'print', document: 'plan', companyId: 'c1', language: 'en', auto: true },
  { name: 'print', document: 'attendance', companyId: 'c1', month: '2026-11', language: 'sv', auto: false },
  { name: 'print', document: 'deMinimis', companyId: 'c1', language: 'en', auto: true },
  { name: 'personGaps', companyId: 'c1', personId: 'p1', roundId: null, competenceId: null },
  { name: 'personGaps', companyId: 'c1', personId: 'p1', roundId: 'r1', competenceId: null },
  { name: 'personGaps', companyId: 'c1', personId: 'p1', roundId: 'r1', competenceId: 'k1' },
];

describe('router', () => {
  it.each(ROUTES)('reads back every route it writes: $name', (route) => {
    expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('writes the hashes the app links to', () => {
    expect(hrefFor({ name: 'company', id: 'c1' })).toBe('#/companies/c1');
    expect(hrefFor({ name: 'plan', companyId: 'c1' })).toBe('#/companies/c1/plan');
    expect(hrefFor({ name: 'print', document: 'plan', companyId: 'c1', language: 'sv', auto: true })).toBe('#/print/plan/c1/sv/print');
    expect(hrefFor({ name: 'personGaps', companyId: 'c1', personId: 'p1', roundId: 'r1', competenceId: 'k1' })).toBe(
      '#/companies/c1/people/p1/gaps/r1/k1',
    );
  });

  it('encodes ids, so that a slash or a hash in one cannot change the route', () => {
    const route: Route = { name: 'round', companyId: 'a/b', roundId: 'x#y' };
    expect(hrefFor(route)).toBe('#/companies/a%2Fb/rounds/x%23y');
    expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('drops a competence without a round from a gaps link', () => {
    const route: Route = { name: 'personGaps', companyId: 'c1', personId: 'p1', roundId: null, competenceId: 'k1' };
    expect(hrefFor(route)).toBe('#/companies/c1/people/p1/gaps');
  });

  it.each(['', '#', '#/', '#/nowhere', '#/print/plan/c1/de', '#/print/plan', '#/companies/c1/people/p1'])('falls back: %s', (hash) => {
    const route = parseHash(hash);
    expect(route.name === 'overview' || route.name === 'company').toBe(true);
    if (hash === '#/companies/c1/people/p1') expect(route).toEqual({ name: 'company', id: 'c1' });
    else expect(route).toEqual({ name: 'overview' });
  });

  it('navigates by changing the hash, and follows a hash changed by a link or the back button', async () => {
    act(() => useRouter.getState().navigate({ name: 'plan', companyId: 'c9' }));
    expect(window.location.hash).toBe('#/companies/c9/plan');
    await act(async () => {
      window.location.hash = '#/exchange';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    });
    expect(useRouter.getState().route).toEqual({ name: 'exchange' });
  });

  it('navigating to the route already shown still sets it (a screen can be asked to open again)', () => {
    window.location.hash = '#/providers';
    useRouter.setState({ route: { name: 'overview' } });
    act(() => useRouter.getState().navigate({ name: 'providers' }));
    expect(useRouter.getState().route).toEqual({ name: 'providers' });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEPT_STORES, lockNow, RESET_ON_LOCK, resetStores } from '../../src-renderer/shell/autoLock';
import { useCompanyList } from '../../src-renderer/features/companies';
import { useSaveStatus } from '../../src-renderer/lib/saveStatus';
import { useSession } from '../../src-renderer/features/session';
import * as client from '../../src-renderer/api/client';

/** Every renderer source, as text (Vite's glob: the renderer's tests have no file system). */
const SOURCES = import.meta.glob<string>('../../src-renderer/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

function storesIn(sources: Record<string, string>): string[] {
  return Object.values(sources).flatMap((text) => [...text.matchAll(/export const (use\w+) = create</g)].map((m) => m[1]!));
}

afterEach(() => vi.restoreAllMocks());

describe('auto-lock', () => {
  it('knows every zustand store of the renderer: reset on lock, or kept for a stated reason', () => {
    const known = new Set([...Object.keys(RESET_ON_LOCK), ...KEPT_STORES]);
    expect(storesIn(SOURCES).length).toBeGreaterThan(5);
    expect(storesIn(SOURCES).filter((name) => !known.has(name))).toEqual([]);
  });

  it('puts every store back to its initial state', () => {
    useCompanyList.setState({ filters: { ...useCompanyList.getState().filters, query: 'Anna Andersson' } });
    resetStores();
    expect(useCompanyList.getState()).toEqual(useCompanyList.getInitialState());
  });

  it('leaves the field being edited (it saves), waits for the save, then locks and clears the stores', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const order: string[] = [];
    input.addEventListener('blur', () => {
      order.push('blur');
      void useSaveStatus.getState().track(async () => {
        await new Promise((r) => setTimeout(r, 20));
        order.push('saved');
      });
    });
    vi.spyOn(client, 'invoke').mockImplementation(async (channel: string) => {
      order.push(channel);
      return { unlocked: false, storeExists: true, unlockMode: 'passphrase', language: 'sv', systemLanguage: 'sv' } as never;
    });
    await lockNow();
    expect(order).toEqual(['blur', 'saved', 'session.lock']);
    expect(useSession.getState().status?.unlocked).toBe(false);
    expect(useSaveStatus.getState().pending).toBe(0);
    input.remove();
  });
});

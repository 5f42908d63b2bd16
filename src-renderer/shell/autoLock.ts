import { useEffect } from 'react';
import { create } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import { invoke } from '../api/client';
import { useSaveStatus } from '../lib/saveStatus';
import { useAid } from '../features/aid/store';
import { useRound } from '../features/assessments/roundStore';
import { useCompany } from '../features/companies/companyStore';
import { useCompanyList } from '../features/companies/listStore';
import { useContacts } from '../features/contacts/store';
import { usePeople } from '../features/people/store';
import { usePlan } from '../features/plans/planStore';
import { useSession } from '../features/session/store';

/** The idle minutes from Settings, once read (null until then: no timer). */
export const useAutoLockMinutes = create<{ minutes: number | null; set(minutes: number): void }>((set) => ({
  minutes: null,
  set(minutes) {
    set({ minutes });
  },
}));

/**
 * Every zustand store that can hold personal data, put back to its initial state when the store locks. A test checks
 * that every store in src-renderer is here or in KEPT_STORES, so a new one cannot be forgotten.
 */
export const RESET_ON_LOCK: Record<string, Pick<UseBoundStore<StoreApi<object>>, 'setState' | 'getInitialState'>> = {
  useAid,
  useRound,
  useCompany,
  useCompanyList,
  useContacts,
  usePeople,
  usePlan,
  useSaveStatus,
  useAutoLockMinutes,
};

/** Stores that hold nothing personal and stay: the route (ids only; after unlocking the advisor is back there). */
export const KEPT_STORES = ['useRouter', 'useSession'] as const;

export function resetStores(): void {
  for (const store of Object.values(RESET_ON_LOCK)) store.setState(store.getInitialState(), true);
}

const SAVE_WAIT_MS = 10_000;

/** Resolves when no save is in flight (or after SAVE_WAIT_MS: a save that hangs must not keep the data open). */
function savesSettled(): Promise<void> {
  return new Promise((resolve) => {
    if (useSaveStatus.getState().pending === 0) return resolve();
    const timer = setTimeout(done, SAVE_WAIT_MS);
    const unsubscribe = useSaveStatus.subscribe((s) => {
      if (s.pending === 0) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}

let locking: Promise<void> | null = null;

/**
 * Locks the store the way the advisor would want it: the field being edited is left (every field saves when it is
 * left), the saves finish, the store locks, and every store that held personal data is reset before the unlock
 * screen shows. Also what the desktop shell calls (menu, suspend, screen lock) through `window.vaxtkraftLock`.
 */
export function lockNow(): Promise<void> {
  locking ??= (async () => {
    try {
      const active = document.activeElement;
      if (active instanceof HTMLElement) active.blur();
      await savesSettled();
      const status = await invoke('session.lock', {});
      resetStores();
      useSession.getState().setStatus(status);
    } finally {
      locking = null;
    }
  })();
  return locking;
}

declare global {
  interface Window {
    vaxtkraftLock?: () => Promise<void>;
  }
}
window.vaxtkraftLock = lockNow;

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;
const CHECK_MS = 5_000;

/**
 * Locks after the minutes in Settings without a key press, click or pointer move, in passphrase mode (a keychain
 * store has nothing to type to open again) and never while the laptop is handed over for a self-assessment.
 */
export function useAutoLock(): void {
  const status = useSession((s) => s.status);
  const minutes = useAutoLockMinutes((s) => s.minutes);
  const active = status?.unlocked === true && status.unlockMode === 'passphrase' && !status.selfAssessment;

  useEffect(() => {
    if (!active) return;
    invoke('settings.get', {}).then(
      (settings) => useAutoLockMinutes.getState().set(settings.autoLockMinutes),
      () => undefined,
    );
  }, [active]);

  useEffect(() => {
    if (!active || minutes === null) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, touch, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) void lockNow().catch(() => undefined);
    }, CHECK_MS);
    return () => {
      clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, touch, { capture: true });
    };
  }, [active, minutes]);
}

import { create } from 'zustand';
import { invoke } from '../../api/client';
import type { ErrorCode } from '@shared/api/errors';
import type { SessionStatus, SetAsideResult } from '@shared/api/session';

/** What the startup-error screen explains: a failed start or unlock, or a forgotten passphrase. */
export interface RecoveryReason {
  code: ErrorCode;
  params?: Record<string, unknown>;
}

interface SessionState {
  status: SessionStatus | null;
  /** Passphrase mode: an unlock that failed for a reason the passphrase cannot fix, or "Forgot the passphrase?". */
  recovery: RecoveryReason | null;
  showRecovery(reason: RecoveryReason | null): void;
  /** Moves the locked store aside; the caller shows the result before applying its status. */
  setAside(confirmation: string): Promise<SetAsideResult>;
  /** After the set-aside result was shown: the new status (first run, or the new keychain store). */
  finishSetAside(result: SetAsideResult): void;
  setStatus(status: SessionStatus): void;
  refresh(): Promise<void>;
  create(passphrase: string, confirmation: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
}

export const useSession = create<SessionState>((set) => ({
  status: null,
  recovery: null,
  showRecovery(reason) {
    set({ recovery: reason });
  },
  async setAside(confirmation) {
    return invoke('session.setAside', { confirmation });
  },
  finishSetAside(result) {
    set({ status: result.status, recovery: null });
  },
  setStatus(status) {
    set({ status });
  },
  async refresh() {
    set({ status: await invoke('session.status', {}) });
  },
  async create(passphrase, confirmation) {
    set({ status: await invoke('session.create', { passphrase, confirmation }) });
  },
  async unlock(passphrase) {
    set({ status: await invoke('session.unlock', { passphrase }) });
  },
  async lock() {
    set({ status: await invoke('session.lock', {}) });
  },
}));

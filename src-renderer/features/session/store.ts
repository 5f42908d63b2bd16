import { create } from 'zustand';
import { invoke } from '../../api/client';
import type { SessionStatus } from '../../shared/api';

interface SessionState {
  status: SessionStatus | null;
  setStatus(status: SessionStatus): void;
  refresh(): Promise<void>;
  create(passphrase: string, confirmation: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
}

export const useSession = create<SessionState>((set) => ({
  status: null,
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

import { create } from 'zustand';
import { ApiError, invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import type { Company } from '@shared/api/companies';

interface CompanyState {
  company: Company | null;
  state: 'loading' | 'ready' | 'notFound';
  load(id: string): Promise<void>;
  /** Takes a saved company, unless the page has moved on to another one. */
  saved(company: Company): void;
  setArchived(archived: boolean): Promise<boolean>;
  remove(): Promise<boolean>;
}

export const useCompany = create<CompanyState>((set, get) => ({
  company: null,
  state: 'loading',
  async load(id) {
    // Errors belong to what was typed on screen; a fresh visit starts from the stored values.
    if (get().company?.id !== id) set({ company: null, state: 'loading' });
    useSaveStatus.getState().reset();
    try {
      const company = await invoke('companies.get', { id });
      set({ company, state: 'ready' });
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'company.notFound' || error.code === 'validation')) {
        set({ state: 'notFound' });
      } else notifyError(error);
    }
  },
  saved(company) {
    if (get().company?.id === company.id) set({ company });
  },
  async setArchived(archived) {
    const company = get().company;
    if (!company) return false;
    try {
      const updated = await useSaveStatus.getState().track(() => invoke('companies.archive', { id: company.id, archived }));
      set({ company: updated });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
  async remove() {
    const company = get().company;
    if (!company) return false;
    try {
      await invoke('companies.delete', { id: company.id });
      set({ company: null, state: 'notFound' });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

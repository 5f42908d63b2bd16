import { create } from 'zustand';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import type { DeclaredAid, DeclaredAidCreateInput, DeclaredAidPatch, DeMinimisSummary } from '@shared/api/aid';

interface AidState {
  companyId: string | null;
  summary: DeMinimisSummary | null;
  declared: DeclaredAid[];
  load(companyId: string): Promise<void>;
  /** Throws on refusal, so that the form can show it at its fields. */
  add(input: DeclaredAidCreateInput): Promise<DeclaredAid>;
  update(id: string, patch: DeclaredAidPatch): Promise<DeclaredAid>;
  remove(id: string): Promise<boolean>;
}

/** A company's de minimis position and the aid it declared; every change reloads the summary it moves. */
export const useAid = create<AidState>((set, get) => ({
  companyId: null,
  summary: null,
  declared: [],
  async load(companyId) {
    if (get().companyId !== companyId) set({ companyId, summary: null, declared: [] });
    try {
      const [summary, declared] = await Promise.all([invoke('aid.summary', { companyId }), invoke('aid.list', { companyId })]);
      if (get().companyId === companyId) set({ summary, declared });
    } catch (error) {
      notifyError(error);
    }
  },
  async add(input) {
    const aid = await invoke('aid.create', input);
    await get().load(aid.companyId);
    return aid;
  },
  async update(id, patch) {
    const aid = await invoke('aid.update', { id, patch });
    await get().load(aid.companyId);
    return aid;
  },
  async remove(id) {
    const companyId = get().companyId;
    try {
      await invoke('aid.delete', { id });
      if (companyId) await get().load(companyId);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

import { create } from 'zustand';
import { ApiError, invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import type { Activity, ActivityCreateInput, ActivityType, Plan, PlanTotals, Provider } from '@shared/api/plans';

interface PlanState {
  companyId: string | null;
  plan: Plan | null;
  totals: PlanTotals | null;
  providers: Provider[];
  types: ActivityType[];
  loaded: boolean;
  notFound: boolean;
  load(companyId: string): Promise<void>;
  refreshTotals(): Promise<void>;
  planSaved(plan: Plan): void;
  add(input: ActivityCreateInput): Promise<Activity | null>;
  /** Takes a saved activity and refreshes the totals. */
  saved(activity: Activity): void;
  remove(id: string): Promise<boolean>;
}

function replace(plan: Plan, activity: Activity): Plan {
  return { ...plan, activities: plan.activities.map((a) => (a.id === activity.id ? activity : a)) };
}

export const usePlan = create<PlanState>((set, get) => ({
  companyId: null,
  plan: null,
  totals: null,
  providers: [],
  types: [],
  loaded: false,
  notFound: false,
  async load(companyId) {
    if (get().companyId !== companyId) set({ companyId, plan: null, totals: null, loaded: false, notFound: false });
    try {
      const [plan, totals, providers, types] = await Promise.all([
        invoke('plans.get', { companyId }),
        invoke('plans.totals', { companyId }),
        invoke('providers.list', {}),
        invoke('activityTypes.list', {}),
      ]);
      if (get().companyId === companyId) set({ plan, totals, providers, types, loaded: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'company.notFound') set({ notFound: true, loaded: true });
      else notifyError(error);
    }
  },
  async refreshTotals() {
    const companyId = get().companyId;
    if (!companyId) return;
    try {
      const totals = await invoke('plans.totals', { companyId });
      if (get().companyId === companyId) set({ totals });
    } catch (error) {
      notifyError(error);
    }
  },
  planSaved(plan) {
    if (get().companyId === plan.companyId) set({ plan });
  },
  async add(input) {
    try {
      const activity = await useSaveStatus.getState().track(() => invoke('activities.create', input));
      set((s) => (s.plan?.companyId === activity.companyId ? { plan: { ...s.plan, activities: [...s.plan.activities, activity] } } : {}));
      void get().refreshTotals();
      return activity;
    } catch (error) {
      notifyError(error);
      return null;
    }
  },
  saved(activity) {
    set((s) => (s.plan ? { plan: replace(s.plan, activity) } : {}));
    void get().refreshTotals();
  },
  async remove(id) {
    try {
      await invoke('activities.delete', { id });
      set((s) => (s.plan ? { plan: { ...s.plan, activities: s.plan.activities.filter((a) => a.id !== id) } } : {}));
      useSaveStatus.getState().clearScope(`activity:${id}`);
      void get().refreshTotals();
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

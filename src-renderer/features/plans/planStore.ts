import { create } from 'zustand';
import { ApiError, invoke } from '../../api/client';
import { fieldMessageKey, notifyError, validateWith } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import { activityFieldSchemas } from '@shared/api/plans';
import type { Activity, ActivityCreateInput, ActivityField, ActivityPatchInput, ActivityType, Plan, PlanPatchInput, PlanTotals, Provider } from '@shared/api/plans';

export type ActivityErrors = Partial<Record<ActivityField, string>>;

interface PlanState {
  companyId: string | null;
  plan: Plan | null;
  totals: PlanTotals | null;
  providers: Provider[];
  types: ActivityType[];
  loaded: boolean;
  notFound: boolean;
  /** Field errors per activity id (i18n keys). */
  errors: Record<string, ActivityErrors>;
  load(companyId: string): Promise<void>;
  refreshTotals(): Promise<void>;
  updatePlan(patch: PlanPatchInput): void;
  add(input: ActivityCreateInput): Promise<Activity | null>;
  save(id: string, patch: ActivityPatchInput): void;
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
  errors: {},
  async load(companyId) {
    if (get().companyId !== companyId) set({ companyId, plan: null, totals: null, loaded: false, notFound: false, errors: {} });
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
  updatePlan(patch) {
    const companyId = get().companyId;
    if (!companyId) return;
    useSaveStatus
      .getState()
      .track(() => invoke('plans.update', { companyId, patch }))
      .then(
        (plan) => set({ plan }),
        (error: unknown) => {
          if (error instanceof ApiError && error.issues.length > 0) useSaveStatus.getState().setInvalid('plan:nextFollowUp', true);
          else notifyError(error);
        },
      );
  },
  async add(input) {
    try {
      const activity = await useSaveStatus.getState().track(() => invoke('activities.create', input));
      set((s) => (s.plan && s.plan.companyId === activity.companyId ? { plan: { ...s.plan, activities: [...s.plan.activities, activity] } } : {}));
      void get().refreshTotals();
      return activity;
    } catch (error) {
      notifyError(error);
      return null;
    }
  },
  save(id, patch) {
    const activity = get().plan?.activities.find((a) => a.id === id);
    if (!activity) return;
    const fields = Object.keys(patch) as ActivityField[];
    const errors: ActivityErrors = { ...get().errors[id] };
    for (const field of fields) {
      const problem = validateWith(activityFieldSchemas[field], patch[field]);
      if (problem) errors[field] = problem;
      else delete errors[field];
    }
    // A rule between fields may have been fixed by this change: clear those messages and let the service judge.
    for (const key of Object.keys(errors) as ActivityField[]) if (errors[key]?.startsWith('errors.field.plan.')) delete errors[key];
    set((s) => ({ errors: { ...s.errors, [id]: errors } }));
    for (const field of fields) useSaveStatus.getState().setInvalid(`activity:${id}:${field}`, Boolean(errors[field]));
    if (fields.some((f) => errors[f])) return;
    useSaveStatus
      .getState()
      .track(() => invoke('activities.update', { id, patch }))
      .then(
        (updated) => {
          set((s) => (s.plan ? { plan: replace(s.plan, updated) } : {}));
          for (const key of useSaveStatus.getState().invalid)
            if (key.startsWith(`activity:${id}:`) && !get().errors[id]?.[key.split(':')[2] as ActivityField]) useSaveStatus.getState().setInvalid(key, false);
          void get().refreshTotals();
        },
        (error: unknown) => {
          if (!(error instanceof ApiError) || error.issues.length === 0) {
            notifyError(error);
            return;
          }
          const next: ActivityErrors = { ...get().errors[id] };
          for (const issue of error.issues) {
            const field = issue.path.split('.').pop() as ActivityField;
            next[field in activityFieldSchemas ? field : fields[0]!] = fieldMessageKey(issue.message);
          }
          set((s) => ({ errors: { ...s.errors, [id]: next } }));
          for (const field of Object.keys(next)) useSaveStatus.getState().setInvalid(`activity:${id}:${field}`, true);
        },
      );
  },
  async remove(id) {
    try {
      await invoke('activities.delete', { id });
      set((s) => (s.plan ? { plan: { ...s.plan, activities: s.plan.activities.filter((a) => a.id !== id) } } : {}));
      for (const key of useSaveStatus.getState().invalid) if (key.startsWith(`activity:${id}:`)) useSaveStatus.getState().setInvalid(key, false);
      void get().refreshTotals();
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

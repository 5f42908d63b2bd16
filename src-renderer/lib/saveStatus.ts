import { create } from 'zustand';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Why a field's value was not saved: an i18n key and its params. */
export interface FieldError {
  key: string;
  params?: Record<string, unknown>;
}

/** Field errors of one form (a scope such as `company:<id>` or `person:<id>`), by field name. */
export type ScopeErrors = Readonly<Record<string, FieldError>>;

interface SaveStatus {
  pending: number;
  /** Fields currently holding a value that was not saved, per scope. */
  errors: Readonly<Record<string, ScopeErrors>>;
  lastFailed: boolean;
  state: SaveState;
  /** Runs one save, keeping saves in the order they were made. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /** Sets the errors of some fields of one scope; `null` clears a field's error. */
  setErrors(scope: string, changes: Readonly<Partial<Record<string, FieldError | null>>>): void;
  /** Forgets a scope's errors (its record was deleted). */
  clearScope(scope: string): void;
  reset(): void;
}

let queue: Promise<unknown> = Promise.resolve();

function hasErrors(errors: SaveStatus['errors']): boolean {
  return Object.values(errors).some((scope) => Object.keys(scope).length > 0);
}

function derive(pending: number, invalid: boolean, lastFailed: boolean, touched: boolean): SaveState {
  if (pending > 0) return 'saving';
  if (invalid || lastFailed) return 'error';
  return touched ? 'saved' : 'idle';
}

/** The page-wide saved state shown near the header: "Saving…", "All changes saved", "Not saved". */
export const useSaveStatus = create<SaveStatus>((set, get) => {
  const setAll = (errors: SaveStatus['errors']) => {
    const { pending, lastFailed, state } = get();
    set({ errors, state: derive(pending, hasErrors(errors), lastFailed, state !== 'idle') });
  };
  return {
    pending: 0,
    errors: {},
    lastFailed: false,
    state: 'idle',
    track(work) {
      set((s) => ({ pending: s.pending + 1, state: 'saving' }));
      const run = queue.then(work);
      queue = run.catch(() => undefined);
      const settle = (ok: boolean) => {
        const pending = get().pending - 1;
        set({ pending, lastFailed: !ok, state: derive(pending, hasErrors(get().errors), !ok, true) });
      };
      run.then(
        () => settle(true),
        () => settle(false),
      );
      return run;
    },
    setErrors(scope, changes) {
      const current = get().errors[scope] ?? {};
      const next: Record<string, FieldError> = { ...current };
      for (const [field, error] of Object.entries(changes)) {
        if (error) next[field] = error;
        else delete next[field];
      }
      const same = Object.keys(next).length === Object.keys(current).length && Object.entries(next).every(([f, e]) => current[f] === e);
      if (!same) setAll({ ...get().errors, [scope]: next });
    },
    clearScope(scope) {
      if (!(scope in get().errors)) return;
      const { [scope]: _gone, ...rest } = get().errors;
      setAll(rest);
    },
    reset() {
      set({ errors: {}, lastFailed: false, state: 'idle' });
    },
  };
});

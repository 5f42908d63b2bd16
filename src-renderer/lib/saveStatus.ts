import { create } from 'zustand';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface SaveStatus {
  pending: number;
  /** Fields currently holding a value that was not saved (e.g. "company:contactEmail"). */
  invalid: ReadonlySet<string>;
  lastFailed: boolean;
  state: SaveState;
  /** Runs one save, keeping saves in the order they were made. */
  track<T>(work: () => Promise<T>): Promise<T>;
  setInvalid(key: string, invalid: boolean): void;
  reset(): void;
}

let queue: Promise<unknown> = Promise.resolve();

function derive(pending: number, invalid: ReadonlySet<string>, lastFailed: boolean, touched: boolean): SaveState {
  if (pending > 0) return 'saving';
  if (invalid.size > 0 || lastFailed) return 'error';
  return touched ? 'saved' : 'idle';
}

/** The page-wide saved state shown near the header: "Saving…", "All changes saved", "Not saved". */
export const useSaveStatus = create<SaveStatus>((set, get) => ({
  pending: 0,
  invalid: new Set(),
  lastFailed: false,
  state: 'idle',
  track(work) {
    set((s) => ({ pending: s.pending + 1, state: 'saving' }));
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    const settle = (ok: boolean) => {
      const { invalid } = get();
      const pending = get().pending - 1;
      set({ pending, lastFailed: !ok, state: derive(pending, invalid, !ok, true) });
    };
    run.then(
      () => settle(true),
      () => settle(false),
    );
    return run;
  },
  setInvalid(key, isInvalid) {
    const { invalid, pending, lastFailed, state } = get();
    if (invalid.has(key) === isInvalid) return;
    const next = new Set(invalid);
    if (isInvalid) next.add(key);
    else next.delete(key);
    set({ invalid: next, state: derive(pending, next, lastFailed, state !== 'idle') });
  },
  reset() {
    set({ invalid: new Set(), lastFailed: false, state: 'idle' });
  },
}));

import { useState } from 'react';
import { translateError } from '../../lib/errors';

/** One step at a time (a preview, an apply): busy while it runs, its refusal in the advisor's language after. */
export function useRun() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(step: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (e) {
      setError(translateError(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}

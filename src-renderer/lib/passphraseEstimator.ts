import { useEffect, useMemo, useState } from 'react';
import { isAcceptablePassphrase, loadPassphraseEstimator, passphraseEstimatorLoaded } from '@shared/domain/passphrase';
import { notifyError } from './errors';

/**
 * Whether the passphrase estimator is there, loading it on first use: its dictionaries are a chunk of their own
 * (about 1.5 MB), fetched only by a screen where a new passphrase is chosen. Until it is, a screen judges nothing.
 */
export function usePassphraseEstimator(): boolean {
  const [ready, setReady] = useState(passphraseEstimatorLoaded);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadPassphraseEstimator()
      .then(() => live && setReady(true))
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

/** Whether a passphrase being chosen passes the domain's rule; false until the estimator has loaded. */
export function useAcceptablePassphrase(passphrase: string): boolean {
  const ready = usePassphraseEstimator();
  return useMemo(() => ready && isAcceptablePassphrase(passphrase), [ready, passphrase]);
}

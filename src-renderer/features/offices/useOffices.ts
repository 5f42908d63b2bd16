import { useEffect, useState } from 'react';
import type { Office, OwnOffice } from '@shared/api/offices';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';

/** This office and the address book, loaded together and again after each change (`reload`). */
export function useOffices() {
  const [own, setOwn] = useState<OwnOffice | null>(null);
  const [offices, setOffices] = useState<Office[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    Promise.all([invoke('offices.own', {}), invoke('offices.list', {})])
      .then(([o, list]) => {
        setOwn(o);
        setOffices(list);
      })
      .catch(notifyError);
  }, [version]);
  return { own, offices, reload: () => setVersion((v) => v + 1) };
}

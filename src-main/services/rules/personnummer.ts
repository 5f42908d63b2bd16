import { validationError } from '@shared/api/errors';
import { parsePersonnummer } from '@shared/domain/personnummer';

/**
 * A participant's personnummer, on every write of a person (the service and the import): checked with the clock
 * (a 10-digit number's century, no birth after today) and stored as YYYYMMDD-NNNN.
 */
export function personnummerRule<F extends { personnummer: string | null }>(f: F, today: string): F {
  if (f.personnummer === null) return f;
  const r = parsePersonnummer(f.personnummer, today);
  if (!r.ok) throw validationError([{ path: 'personnummer', message: `personnummer.${r.reason}` }]);
  return { ...f, personnummer: r.canonical };
}

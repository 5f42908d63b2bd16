import type { FieldIssue } from '@shared/api/contract';
import type { Contact, NextStep } from '@shared/api/contacts';
import { datesInFuture } from '@shared/domain/dates';

export type ContactFields = Omit<Contact, 'id' | 'companyId' | 'createdAt' | 'updatedAt' | 'revision'>;

/** Everyone a contact names: the people present and the owners of its next steps. */
export function namedPeople(f: Pick<ContactFields, 'personIds' | 'nextSteps'>): string[] {
  return [...new Set([...f.personIds, ...f.nextSteps.flatMap((s) => (s.ownerPersonId ? [s.ownerPersonId] : []))])];
}

/**
 * The rules the contract's shapes cannot hold: the date is not after today (Swedish), everyone named is a person of
 * the contact's company (`companyOf` maps each known person to theirs), and every step that is written anew has an
 * owner. A stored step may have none: erasing a person takes them off the steps they owned, and that step is still
 * valid, so `stored` lists the steps as they are already kept (unchanged ones are not asked for an owner again).
 * The contacts service and the exchange import both run it; each problem is reported at its field.
 */
export function contactIssues(
  f: ContactFields,
  today: string,
  companyId: string,
  companyOf: ReadonlyMap<string, string>,
  stored: readonly NextStep[] = [],
): FieldIssue[] {
  const kept = new Set(stored.map((s) => JSON.stringify(s)));
  const issues: FieldIssue[] = datesInFuture({ date: f.date }, today);
  const own = (id: string) => companyOf.get(id) === companyId;
  if (f.personIds.some((p) => !own(p))) issues.push({ path: 'personIds', message: 'contact.personNotInCompany' });
  f.nextSteps.forEach((s, i) => {
    if (s.ownerPersonId && !own(s.ownerPersonId)) {
      issues.push({ path: `nextSteps.${i}.ownerPersonId`, message: 'contact.personNotInCompany' });
    } else if (!s.ownerPersonId && !s.ownerText && !kept.has(JSON.stringify(s))) {
      issues.push({ path: `nextSteps.${i}.ownerText`, message: 'contact.ownerRequired' });
    }
  });
  return issues;
}

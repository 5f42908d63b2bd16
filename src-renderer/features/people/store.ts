import { create } from 'zustand';
import { ApiError, invoke } from '../../api/client';
import { errorKey, fieldMessageKey, notifyError, validateWith } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import { personFieldSchemas } from '@shared/api/people';
import type { Person, PersonCreateInput, PersonPatchInput } from '@shared/api/people';

export type PersonField = keyof typeof personFieldSchemas;
export type PersonErrors = Partial<Record<PersonField, string>>;

interface PeopleState {
  companyId: string | null;
  people: Person[];
  loaded: boolean;
  /** Field errors per person id. */
  errors: Record<string, PersonErrors>;
  load(companyId: string): Promise<void>;
  add(input: PersonCreateInput): Promise<Person>;
  save(id: string, patch: PersonPatchInput): void;
  remove(id: string): Promise<boolean>;
}

function replace(people: Person[], person: Person): Person[] {
  return people.map((p) => (p.id === person.id ? person : p));
}

export const usePeople = create<PeopleState>((set, get) => ({
  companyId: null,
  people: [],
  loaded: false,
  errors: {},
  async load(companyId) {
    set(get().companyId === companyId ? { errors: {} } : { companyId, people: [], loaded: false, errors: {} });
    try {
      const people = await invoke('people.list', { companyId });
      if (get().companyId === companyId) set({ people, loaded: true });
    } catch (error) {
      notifyError(error);
    }
  },
  async add(input) {
    const person = await invoke('people.create', input);
    if (get().companyId === person.companyId) set((s) => ({ people: [...s.people, person] }));
    return person;
  },
  save(id, patch) {
    const person = get().people.find((p) => p.id === id);
    if (!person) return;
    const fields = Object.keys(patch) as PersonField[];
    const errors: PersonErrors = { ...get().errors[id] };
    const toSend: Record<string, unknown> = {};
    for (const field of fields) {
      const value = patch[field];
      const problem = validateWith(personFieldSchemas[field], value);
      if (problem) errors[field] = problem;
      else {
        delete errors[field];
        const parsed = personFieldSchemas[field].safeParse(value);
        if (!parsed.success || JSON.stringify(parsed.data) !== JSON.stringify(person[field])) toSend[field] = value;
      }
    }
    set((s) => ({ errors: { ...s.errors, [id]: errors } }));
    for (const field of fields) useSaveStatus.getState().setInvalid(`person:${id}:${field}`, Boolean(errors[field]));
    if (fields.some((f) => errors[f])) return;
    if (Object.keys(toSend).length === 0) return;
    useSaveStatus
      .getState()
      .track(() => invoke('people.update', { id, patch: toSend as PersonPatchInput }))
      .then(
        (updated) => set((s) => ({ people: replace(s.people, updated) })),
        (error: unknown) => {
          const next: PersonErrors = { ...get().errors[id] };
          if (error instanceof ApiError && error.issues.length > 0) {
            for (const issue of error.issues) {
              const field = issue.path.split('.').pop() as PersonField;
              next[field in personFieldSchemas ? field : fields[0]!] = fieldMessageKey(issue.message);
            }
          } else if (error instanceof ApiError && error.code === 'person.followupWithoutConsent') {
            next[fields[0]!] = errorKey(error);
          } else {
            notifyError(error);
            return;
          }
          set((s) => ({ errors: { ...s.errors, [id]: next } }));
          for (const field of Object.keys(next)) useSaveStatus.getState().setInvalid(`person:${id}:${field}`, true);
        },
      );
  },
  async remove(id) {
    try {
      await invoke('people.delete', { id });
      set((s) => ({ people: s.people.filter((p) => p.id !== id) }));
      for (const key of useSaveStatus.getState().invalid)
        if (key.startsWith(`person:${id}:`)) useSaveStatus.getState().setInvalid(key, false);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

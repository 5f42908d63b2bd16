import { create } from 'zustand';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import type { Person, PersonCreateInput } from '@shared/api/people';

interface PeopleState {
  companyId: string | null;
  people: Person[];
  loaded: boolean;
  load(companyId: string): Promise<void>;
  add(input: PersonCreateInput): Promise<Person>;
  saved(person: Person): void;
  remove(id: string): Promise<boolean>;
}

export const usePeople = create<PeopleState>((set, get) => ({
  companyId: null,
  people: [],
  loaded: false,
  async load(companyId) {
    if (get().companyId !== companyId) set({ companyId, people: [], loaded: false });
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
  saved(person) {
    set((s) => ({ people: s.people.map((p) => (p.id === person.id ? person : p)) }));
  },
  async remove(id) {
    try {
      await invoke('people.delete', { id });
      set((s) => ({ people: s.people.filter((p) => p.id !== id) }));
      useSaveStatus.getState().clearScope(`person:${id}`);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

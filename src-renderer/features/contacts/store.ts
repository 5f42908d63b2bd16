import { create } from 'zustand';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import type { Contact, ContactCreateInput, ContactPatch } from '@shared/api/contacts';
import type { Person } from '@shared/api/people';

interface ContactsState {
  companyId: string | null;
  contacts: Contact[];
  /** The company's people: who may be present or own a step. */
  people: Person[];
  loaded: boolean;
  load(companyId: string): Promise<void>;
  add(input: ContactCreateInput): Promise<Contact>;
  /** Throws on refusal, so that the form can show it at its fields. */
  update(id: string, patch: ContactPatch): Promise<Contact>;
  remove(id: string): Promise<boolean>;
}

const latestFirst = (a: Contact, b: Contact) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id);

export const useContacts = create<ContactsState>((set, get) => ({
  companyId: null,
  contacts: [],
  people: [],
  loaded: false,
  async load(companyId) {
    if (get().companyId !== companyId) set({ companyId, contacts: [], people: [], loaded: false });
    try {
      const [contacts, people] = await Promise.all([invoke('contacts.list', { companyId }), invoke('people.list', { companyId })]);
      if (get().companyId === companyId) set({ contacts, people, loaded: true });
    } catch (error) {
      notifyError(error);
    }
  },
  async add(input) {
    const contact = await invoke('contacts.create', input);
    if (get().companyId === contact.companyId) set((s) => ({ contacts: [...s.contacts, contact].sort(latestFirst) }));
    return contact;
  },
  async update(id, patch) {
    const contact = await invoke('contacts.update', { id, patch });
    set((s) => ({ contacts: s.contacts.map((c) => (c.id === id ? contact : c)).sort(latestFirst) }));
    return contact;
  },
  async remove(id) {
    try {
      await invoke('contacts.delete', { id });
      set((s) => ({ contacts: s.contacts.filter((c) => c.id !== id) }));
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

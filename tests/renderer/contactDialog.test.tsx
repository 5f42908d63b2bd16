import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import type { Result } from '@shared/api';
import type { Person } from '@shared/api/people';
import { ContactModal } from '../../src-renderer/features/contacts/ContactModal';
import { useContacts } from '../../src-renderer/features/contacts/store';
import { renderInApp } from './render';

/** Ids are UUIDs: the dialog checks them with the contract before sending. */
const ANNA = '01900000-0000-7000-8000-00000000000a';

let answer: (channel: string, input: unknown) => Result<unknown>;
const calls: Array<[string, unknown]> = [];

beforeEach(() => {
  calls.length = 0;
  window.vaxtkraft = {
    invoke: (channel, input) => {
      calls.push([channel, input]);
      return Promise.resolve(answer(channel, input));
    },
  };
  const anna = { id: ANNA, companyId: 'c1', name: 'Anna Ägare' } as Person;
  useContacts.setState({ companyId: 'c1', contacts: [], people: [anna], loaded: true });
});

afterEach(() => {
  delete window.vaxtkraft;
});

const byLabel = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input, textarea' });
const sent = () => calls.filter(([channel]) => channel !== 'settings.get');
const settings = { ok: true, value: { advisorName: 'Karin' } } as const;

describe('the log-contact dialog', () => {
  it('refuses hours that are not quarter hours and a step without an owner at their fields, sending nothing', async () => {
    answer = () => settings;
    renderInApp(<ContactModal companyId="c1" contact={null} opened onClose={() => undefined} />);
    const user = userEvent.setup();
    await waitFor(() => expect((byLabel(en.contacts.form.advisor) as HTMLInputElement).value).toBe('Karin'));
    const hours = byLabel(en.contacts.form.hours);
    await user.clear(hours);
    await user.type(hours, '1.1');
    await user.click(screen.getByTestId('contact-add-step'));
    await user.type(byLabel(en.contacts.form.stepText), 'Skicka offert');
    await user.click(screen.getByTestId('contact-submit'));
    expect(await screen.findByText(en.errors.field.contact.quarterHours)).toBeTruthy();
    expect(screen.getByText(en.errors.field.contact.ownerRequired)).toBeTruthy();
    await user.clear(hours);
    await user.type(hours, '30');
    await user.click(screen.getByTestId('contact-submit'));
    expect(await screen.findByText(en.errors.field.contact.hoursMax)).toBeTruthy();
    expect(sent()).toEqual([]);
  });

  it('sends the contact and shows the service’s refusal at the fields it names', async () => {
    const issues = [
      { path: 'date', message: 'dateInFuture' },
      { path: 'nextSteps.0.ownerPersonId', message: 'contact.personNotInCompany' },
    ];
    answer = (channel) => (channel === 'settings.get' ? settings : { ok: false, error: { code: 'validation', params: { issues } } });
    renderInApp(<ContactModal companyId="c1" contact={null} opened onClose={() => undefined} />);
    const user = userEvent.setup();
    await waitFor(() => expect((byLabel(en.contacts.form.advisor) as HTMLInputElement).value).toBe('Karin'));
    await user.click(screen.getByTestId('contact-add-step'));
    await user.type(byLabel(en.contacts.form.stepText), 'Skicka offert');
    await user.click(byLabel(en.contacts.form.stepOwnerPerson));
    await user.click(await screen.findByRole('option', { name: 'Anna Ägare' }));
    await user.click(screen.getByTestId('contact-submit'));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(await screen.findByText(en.errors.field.dateInFuture)).toBeTruthy();
    expect(screen.getByText(en.errors.field.contact.personNotInCompany)).toBeTruthy();
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toMatchObject([
      'contacts.create',
      {
        companyId: 'c1',
        kind: 'visit',
        advisor: 'Karin',
        hours: 1,
        nextSteps: [{ text: 'Skicka offert', ownerPersonId: ANNA, done: false }],
      },
    ]);
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '@shared/api';
import type { Person } from '@shared/api/people';
import { clockFrom } from '@shared/clock';
import { PassportPanel } from '../../src-renderer/features/people/PassportPanel';
import { usePeople } from '../../src-renderer/features/people/store';
import { setClock } from '../../src-renderer/lib/clock';
import { renderInApp } from './render';

const ID = '01900000-0000-7000-8000-00000000000b';

const person = (over: Partial<Person> = {}): Person =>
  ({
    id: ID,
    companyId: 'c1',
    name: 'Åsa',
    role: 'employee',
    passportConsent: false,
    passportConsentAt: null,
    learningWishes: null,
    revision: 1,
    ...over,
  }) as Person;

const calls: Array<[string, unknown]> = [];

function show(p: Person) {
  usePeople.setState({ companyId: 'c1', people: [p], loaded: true });
  const Panel = () => <PassportPanel person={usePeople((s) => s.people[0]!)} />;
  renderInApp(<Panel />);
}

beforeEach(() => {
  calls.length = 0;
  setClock(clockFrom(() => new Date('2025-03-05T09:30:00.000Z')));
  window.vaxtkraft = {
    invoke: (channel, input): Promise<Result<unknown>> => {
      calls.push([channel, input]);
      const patch = (input as { patch?: Partial<Person> }).patch;
      return Promise.resolve({ ok: true, value: channel === 'people.update' ? person(patch) : { saved: false, path: null } });
    },
  };
});

afterEach(() => {
  delete window.vaxtkraft;
});

describe('the passport panel', () => {
  it('offers no passport without consent, and says why', () => {
    show(person());
    expect((screen.getByTestId('print-passport') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('passport-json') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Record the person’s consent to print or save their passport.')).toBeTruthy();
  });

  it('records consent dated today, and prints in the language chosen here whatever the screen’s', async () => {
    show(person());
    fireEvent.click(screen.getByLabelText('The person agrees to a competence passport being made for them'));
    await waitFor(() =>
      expect(calls).toContainEqual(['people.update', { id: ID, patch: { passportConsent: true, passportConsentAt: '2025-03-05' } }]),
    );
    usePeople.setState({ people: [person({ passportConsent: true, passportConsentAt: '2025-03-05' })] });
    await waitFor(() => expect((screen.getByTestId('print-passport') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('radio', { name: 'Svenska' }));
    fireEvent.click(screen.getByTestId('print-passport'));
    await waitFor(() => expect(calls).toContainEqual(['print.pdf', { document: 'passport', personId: ID, language: 'sv' }]));
  });
});

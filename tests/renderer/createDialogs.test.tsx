import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '@shared/i18n';
import type { Result } from '@shared/api';
import { CustomCompetenceModal } from '../../src-renderer/features/assessments/CustomCompetenceModal';
import { useRound } from '../../src-renderer/features/assessments/roundStore';
import type { RoundPerson } from '../../src-renderer/features/assessments/types';
import { AddPersonModal } from '../../src-renderer/features/people/AddPersonModal';
import { usePeople } from '../../src-renderer/features/people/store';
import { renderInApp } from './render';

/** The main process as the preload exposes it: every call answered by `answer`. */
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
});

afterEach(() => {
  delete window.vaxtkraft;
});

const byLabel = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input, textarea' });

describe('the add-person dialog (@mantine/form with the contract schema)', () => {
  it('checks the fields before sending: the name is required and a role must be chosen', async () => {
    answer = () => ({ ok: true, value: {} });
    renderInApp(<AddPersonModal companyId="c1" opened onClose={() => undefined} />);
    const user = userEvent.setup();
    await user.type(byLabel(en.people.edit.startDate), '2024-13-40');
    await user.click(screen.getByTestId('add-person-submit'));
    expect(await screen.findByText(en.errors.field.required)).toBeTruthy();
    expect(screen.getByText(en.errors.field.choice)).toBeTruthy();
    expect(screen.getByText(en.errors.field.date)).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('sends what was typed (an empty job title as "not given") and shows every issue of a refusal at its field', async () => {
    const issues = [
      { path: 'name', message: 'tooLong' },
      { path: 'jobTitle', message: 'tooLong' },
    ];
    answer = () => ({ ok: false, error: { code: 'validation', params: { issues } } });
    usePeople.setState({ companyId: 'c1', people: [] });
    renderInApp(<AddPersonModal companyId="c1" opened onClose={() => undefined} />);
    const user = userEvent.setup();
    await user.type(byLabel(en.people.edit.name), 'Ada Lindqvist');
    await user.click(byLabel(en.people.edit.role));
    await user.click(await screen.findByRole('option', { name: en.people.role.employee }));
    await user.click(screen.getByTestId('add-person-submit'));
    await waitFor(() => expect(screen.getAllByText(en.errors.field.tooLong)).toHaveLength(2));
    const sent = { companyId: 'c1', name: 'Ada Lindqvist', role: 'employee', jobTitle: null, startDate: null };
    expect(calls).toEqual([['people.create', sent]]);
  });
});

describe('the custom competence dialog', () => {
  const person = { personId: 'p1', name: 'Ada Lindqvist', competences: [] } as unknown as RoundPerson;

  it('needs a name in at least one language, then creates it and adds it to the person', async () => {
    const createCustom = vi.fn().mockResolvedValue({ id: 'k9' });
    const setPersonCompetences = vi.fn().mockResolvedValue(undefined);
    useRound.setState({ createCustom, setPersonCompetences });
    const onClose = vi.fn();
    renderInApp(<CustomCompetenceModal person={person} opened onClose={onClose} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: en.assessments.competences.customCreate }));
    expect(await screen.findByText(en.errors.field.required)).toBeTruthy();
    expect(createCustom).not.toHaveBeenCalled();
    await user.type(byLabel(en.assessments.competences.nameEn), ' Bookkeeping ');
    await user.click(screen.getByRole('button', { name: en.assessments.competences.customCreate }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(createCustom).toHaveBeenCalledWith({ name: { sv: '', en: 'Bookkeeping' }, description: null });
    expect(setPersonCompetences).toHaveBeenCalledWith('p1', ['k9']);
  });
});

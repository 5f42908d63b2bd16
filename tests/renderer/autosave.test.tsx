import { act, renderHook, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@shared/i18n';
import { companyFieldSchemas } from '@shared/api/companies';
import type { CompanyPatchInput } from '@shared/api/companies';
import type { ErrorCode } from '@shared/api/errors';
import { ApiError } from '../../src-renderer/api/client';
import { useAutosave } from '../../src-renderer/lib/autosave';
import type { AutosaveOptions } from '../../src-renderer/lib/autosave';
import { SaveIndicator } from '../../src-renderer/lib/SaveIndicator';
import { useSaveStatus } from '../../src-renderer/lib/saveStatus';
import { Providers, renderInApp } from './render';

type Row = { name: string; orgNumber: string; employees: number | null; contactEmail: string | null; status: string };
type Options = AutosaveOptions<typeof companyFieldSchemas, Row>;

const stored: Row = { name: 'Smedjan AB', orgNumber: '5560360793', employees: 3, contactEmail: null, status: 'prospect' };

function setup(overrides: Partial<Options> = {}) {
  const send = vi.fn((patch: CompanyPatchInput) => Promise.resolve({ ...stored, ...patch } as Row));
  const onSaved = vi.fn();
  const options: Options = { scope: 'company:1', schemas: companyFieldSchemas, record: stored, send, onSaved, ...overrides };
  const hook = renderHook(() => useAutosave(options), { wrapper: Providers });
  const commit = async (patch: CompanyPatchInput) => {
    await act(async () => {
      hook.result.current.commit(patch);
      await Promise.resolve();
    });
    await waitFor(() => expect(useSaveStatus.getState().pending).toBe(0));
  };
  return { send, onSaved, hook, commit, errors: () => hook.result.current.errors };
}

const refusal = (code: ErrorCode, params: Record<string, unknown> = {}) => new ApiError({ code, params });

afterEach(() => vi.restoreAllMocks());

describe('useAutosave', () => {
  it('skips a save when the value is the stored one (also after the schema has trimmed or emptied it)', async () => {
    const { send, commit } = setup();
    await commit({ name: 'Smedjan AB' });
    await commit({ name: '  Smedjan AB ' });
    await commit({ contactEmail: '' });
    await commit({ employees: 3 });
    expect(send).not.toHaveBeenCalled();
    expect(useSaveStatus.getState().state).toBe('idle');
  });

  it('saves a changed value, sends only the changed fields of a patch, and hands over the saved record', async () => {
    const { send, onSaved, commit } = setup();
    await commit({ name: 'Smedjan i Ås AB', employees: 3 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ name: 'Smedjan i Ås AB' });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: 'Smedjan i Ås AB' }));
    expect(useSaveStatus.getState().state).toBe('saved');
  });

  it('checks a value with the contract schema before sending: the message is shown at the field and nothing is sent', async () => {
    const { send, commit, errors } = setup();
    await commit({ employees: 75 });
    expect(send).not.toHaveBeenCalled();
    expect(errors().employees).toBe(en.errors.field.employeesMax);
    expect(useSaveStatus.getState().state).toBe('error');
    await commit({ employees: 4 });
    expect(errors().employees).toBeUndefined();
    expect(send).toHaveBeenCalledWith({ employees: 4 });
    expect(useSaveStatus.getState().state).toBe('saved');
  });

  it('puts every issue of a refused save at its field, not only the first', async () => {
    const issues = [
      { path: 'patch.name', message: 'tooLong' },
      { path: 'patch.contactEmail', message: 'email' },
      { path: 'employees', message: 'employeesMax' },
    ];
    const send = vi.fn(() => Promise.reject(refusal('validation', { issues })));
    const { commit, errors } = setup({ send });
    await commit({ name: 'Smedjan', contactEmail: 'info@smedjan.se', employees: 5 });
    expect(errors()).toEqual({
      name: en.errors.field.tooLong,
      contactEmail: en.errors.field.email,
      employees: en.errors.field.employeesMax,
    });
    expect(useSaveStatus.getState().state).toBe('error');
  });

  it('puts an issue whose path names no field at the first field sent', async () => {
    const send = vi.fn(() => Promise.reject(refusal('validation', { issues: [{ path: 'patch', message: 'invalid' }] })));
    const { commit, errors } = setup({ send });
    await commit({ contactEmail: 'info@smedjan.se' });
    expect(errors()).toEqual({ contactEmail: en.errors.field.invalid });
  });

  it('shows a domain error that belongs to a field at that field, with its params', async () => {
    const send = vi.fn(() => Promise.reject(refusal('company.duplicateOrgNumber', { name: 'Gamla Smedjan', orgNumber: '556036-0793' })));
    const fieldOfError = (code: string) => (code === 'company.duplicateOrgNumber' ? ('orgNumber' as const) : undefined);
    const { commit, errors } = setup({ send, fieldOfError });
    await commit({ orgNumber: '556677-8899' });
    expect(errors().orgNumber).toContain('Gamla Smedjan');
  });

  it('turns any other refusal into a translated notification and marks the page not saved', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('');
    const send = vi.fn(() => Promise.reject(refusal('company.notFound')));
    const { commit, errors } = setup({ send });
    await commit({ name: 'Smedjan i Ås AB' });
    expect(errors()).toEqual({});
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: en.errors.company.notFound }));
    expect(useSaveStatus.getState().state).toBe('error');
  });

  it('shows the save status in the indicator: saving, then saved, then not saved', async () => {
    let finish: (value: Row) => void = () => undefined;
    const send = vi.fn(() => new Promise<Row>((resolve) => (finish = resolve)));
    const { hook } = setup({ send });
    renderInApp(<SaveIndicator />);
    const indicator = screen.getByTestId('save-state');
    expect(indicator.dataset['state']).toBe('idle');
    act(() => hook.result.current.commit({ name: 'Smedjan i Ås AB' }));
    await waitFor(() => expect(indicator.dataset['state']).toBe('saving'));
    expect(indicator.textContent).toBe(en.common.saveState.saving);
    await act(async () => finish({ ...stored, name: 'Smedjan i Ås AB' }));
    await waitFor(() => expect(indicator.dataset['state']).toBe('saved'));
    expect(indicator.textContent).toBe(en.common.saveState.saved);
    act(() => hook.result.current.commit({ employees: -1 }));
    await waitFor(() => expect(indicator.dataset['state']).toBe('error'));
    expect(indicator.textContent).toBe(en.common.saveState.error);
  });

  it('gives each field the props of an autosaving control: name, stored value, translated error and commit', async () => {
    const { send, hook, commit } = setup();
    await commit({ employees: 75 });
    const employees = hook.result.current.fields.employees;
    expect(employees).toMatchObject({ name: 'employees', value: 3, error: en.errors.field.employeesMax });
    await act(async () => employees.onCommit(5));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ employees: 5 }));
    expect(hook.result.current.fields.contactEmail.value).toBeNull();
  });

  it('keeps the errors of one record to that record', async () => {
    const { commit } = setup();
    await commit({ employees: 75 });
    const other = renderHook(() => useAutosave({ scope: 'company:2', schemas: companyFieldSchemas, record: stored, send: vi.fn() }), {
      wrapper: Providers,
    });
    expect(other.result.current.errors).toEqual({});
  });
});

import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '@shared/i18n';
import { companyFieldSchemas } from '@shared/api/companies';
import type { CompanyPatchInput } from '@shared/api/companies';
import { ApiError } from '../../src-renderer/api/client';
import { useAutosave } from '../../src-renderer/lib/autosave';
import { AutoText } from '../../src-renderer/lib/fields';
import { useSaveStatus } from '../../src-renderer/lib/saveStatus';
import { renderInApp } from './render';

type Row = { name: string; orgNumber: string; employees: number | null; contactEmail: string | null; status: string };
const stored: Row = { name: 'Smedjan AB', orgNumber: '5560360793', employees: 3, contactEmail: null, status: 'prospect' };

function NameForm({ send }: { send(patch: CompanyPatchInput): Promise<Row> }) {
  const [record, setRecord] = useState(stored);
  const options = { scope: 'company:1', schemas: companyFieldSchemas, record, send, onSaved: (saved: Row) => setRecord(saved) };
  const { fields } = useAutosave<typeof companyFieldSchemas, Row>(options);
  return <AutoText {...fields.name} label="Name" />;
}

afterEach(() => vi.restoreAllMocks());

/** Issue 11: a save that finds the disk full says so, keeps the edit on screen, and goes through when space returns. */
describe('a save refused because the disk is full', () => {
  it('shows the disk-full message, keeps the typed value, and saves it at the next commit', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('');
    let full = true;
    const send = vi.fn((patch: CompanyPatchInput) =>
      full ? Promise.reject(new ApiError({ code: 'store.diskFull' })) : Promise.resolve({ ...stored, ...patch } as Row),
    );
    renderInApp(<NameForm send={send} />);
    const input = screen.getByLabelText('Name') as HTMLInputElement;
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Smedjan i Ås AB' } });
    fireEvent.blur(input);
    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: en.errors.store.diskFull })));
    expect(useSaveStatus.getState().state).toBe('error');
    expect(input.value).toBe('Smedjan i Ås AB');

    full = false;
    await act(async () => {
      fireEvent.focus(input);
      fireEvent.blur(input);
      await Promise.resolve();
    });
    await waitFor(() => expect(useSaveStatus.getState().state).toBe('saved'));
    expect(send).toHaveBeenLastCalledWith({ name: 'Smedjan i Ås AB' });
    expect(input.value).toBe('Smedjan i Ås AB');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { en } from '@shared/i18n';
import type { BackupList } from '@shared/api/backups';
import * as client from '../../src-renderer/api/client';
import { ApiError } from '../../src-renderer/api/client';
import { BackupTable } from '../../src-renderer/features/backups/BackupTable';
import { i18n } from '../../src-renderer/lib/i18n';
import { renderInApp } from './render';

const LIST: BackupList = {
  folder: '/media/usb/kopior',
  backups: [
    { name: 'vaxtkraft-20261130-101500.db', date: '2026-11-30', sizeBytes: 3_500_000, companies: 12, readable: 'ok' },
    { name: 'vaxtkraft-20261129-170000.db', date: '2026-11-29', sizeBytes: 400_000, companies: null, readable: 'wrongKey' },
  ],
};

beforeEach(async () => {
  await i18n().changeLanguage('en');
});
afterEach(() => vi.restoreAllMocks());

describe('the backup list', () => {
  it('shows date and time, size and companies (or why not read), and a refused restore in words, changing nothing', async () => {
    const invoke = vi.spyOn(client, 'invoke').mockRejectedValue(new ApiError({ code: 'backups.wrongKey' }));
    renderInApp(<BackupTable list={LIST} passphrase="fel fras" />);
    const rows = screen.getAllByRole('row');
    expect(rows[1]!.textContent).toContain('10:15');
    expect(rows[1]!.textContent).toContain('3.3 MB');
    expect(rows[1]!.textContent).toContain('12');
    expect(rows[2]!.textContent).toContain(en.backups.list.wrongKey);

    await userEvent.click(screen.getAllByRole('button', { name: /vaxtkraft-20261130-101500\.db/ })[0]!);
    await userEvent.click(await screen.findByRole('button', { name: en.backups.list.confirm }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.errors.backups.wrongKey);
    expect(invoke).toHaveBeenCalledWith('backups.restore', { name: 'vaxtkraft-20261130-101500.db', passphrase: 'fel fras' });
    expect(screen.getByTestId('restore-confirm').dataset['done']).toBe('false');
  });
});

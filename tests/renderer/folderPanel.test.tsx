import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import type { Result } from '@shared/api';
import type { Inbox, OfficeSendState } from '@shared/api/exchange';
import { FolderSetting } from '../../src-renderer/features/exchange/FolderSetting';
import { SendPanel } from '../../src-renderer/features/exchange/SendPanel';
import { InboxPanel } from '../../src-renderer/features/exchange/InboxPanel';
import { renderInApp } from './render';

const OFFICE: OfficeSendState = {
  officeId: '01900000-0000-7000-8000-000000000001',
  name: 'Västerås kontor',
  fingerprint: 'ABCD EFGH JKLM NP23',
  last: null,
};
const SENDER = { name: 'Örebro kontor', fingerprint: 'QRST UVWX YZ23 4567', officeId: 'x', signature: 'valid' as const };
const INBOX: Inbox = {
  folder: '/delad',
  files: [
    {
      name: 'orebro-kontor-000003-to-ABCDEFGHJKLMNP23.vaxtkraft',
      sender: SENDER,
      sequence: 3,
      full: false,
      exportedAt: '2025-03-01T09:00:00.000Z',
      missing: [2],
      duplicate: false,
    },
  ],
  ignored: [
    { name: 'anteckningar.txt', reason: 'foreign' },
    { name: 'orebro-kontor-000001-to-QRSTUVWXYZ234567.vaxtkraft', reason: 'otherOffice' },
    { name: 'orebro-kontor-000002-to-QRSTUVWXYZ234567.vaxtkraft', reason: 'otherOffice' },
  ],
};

const calls: Array<[string, unknown]> = [];
beforeEach(() => {
  calls.length = 0;
  window.vaxtkraft = {
    invoke: (channel, input) => {
      calls.push([channel, input]);
      const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
      if (channel === 'exchange.sendState') return Promise.resolve(ok([OFFICE]));
      if (channel === 'exchange.inbox') return Promise.resolve(ok(INBOX));
      if (channel === 'exchange.send')
        return Promise.resolve(
          ok({
            officeId: OFFICE.officeId,
            fileName: 'f',
            path: '/delad/f',
            sequence: 1,
            full: true,
            bytes: 1,
            companies: 3,
            people: 6,
            rounds: 0,
            activities: 0,
            tombstones: 0,
          }),
        );
      return Promise.resolve({ ok: false, error: { code: 'internal', params: {} } });
    },
  } as typeof window.vaxtkraft;
});
afterEach(() => {
  delete (window as Partial<typeof window>).vaxtkraft;
});

describe('the shared folder panels', () => {
  it('refuses a folder that is not a full path at its field, without a call, and saves a full one', async () => {
    const saved: string[] = [];
    renderInApp(<FolderSetting value={null} onCommit={(v) => saved.push(v)} />);
    const field = screen.getByLabelText(en.settings.exchangeFolder);
    await userEvent.type(field, 'Delad');
    await userEvent.tab();
    await screen.findByText(en.errors.field.folderPath);
    expect(saved).toEqual([]);
    await userEvent.clear(field);
    await userEvent.type(field, '/Users/karin/Delad');
    await userEvent.tab();
    await waitFor(() => expect(saved.at(-1)).toBe('/Users/karin/Delad'));
    expect(screen.queryByText(en.errors.field.folderPath)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('sends changes to an office by its labelled button and shows the result', async () => {
    renderInApp(<SendPanel disabled={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Send changes to Västerås kontor' }));
    await screen.findByTestId('send-done');
    expect(calls).toContainEqual(['exchange.send', { officeId: OFFICE.officeId, full: false }]);
  });

  it('lists a file with the number missing before it, and what was left in the folder', async () => {
    renderInApp(<InboxPanel onImported={() => undefined} />);
    const row = await screen.findByTestId('inbox-file-3');
    expect(within(row).getByTestId('inbox-note').textContent).toBe(
      en.folder.inbox.missing_one.replace('{{missing}}', '2').replace('{{sender}}', 'Örebro kontor'),
    );
    expect(within(screen.getByTestId('inbox-ignored')).getByText(en.folder.inbox.ignored.foreign)).toBeTruthy();
    // Files for other offices are normal in a shared folder: counted, not listed.
    expect(screen.getByTestId('inbox-other-offices').textContent).toBe(en.folder.inbox.otherOffices_other.replace('{{count}}', '2'));
    expect(screen.queryByText(/000001-to-QRST/)).toBeNull();
  });
});

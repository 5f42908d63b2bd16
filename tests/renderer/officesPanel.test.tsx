import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import type { Result } from '@shared/api';
import type { Office, OwnOffice } from '@shared/api/offices';
import { formatOfficeCard } from '@shared/domain/office';
import { OfficesPanel } from '../../src-renderer/features/offices';
import { renderInApp } from './render';

const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const SIGNING = 'BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=';
const CARD = formatOfficeCard({ name: 'Västerås kontor', recipient: RECIPIENT, signingKey: SIGNING });

const own: OwnOffice = {
  name: 'Örebro kontor',
  recipient: RECIPIENT,
  signingKey: SIGNING,
  fingerprint: 'ABCD EFGH JKLM NP23',
  card: 'VAXTKRAFT-OFFICE-1 …',
};
const office: Office = {
  id: '01900000-0000-7000-8000-000000000001',
  name: 'Västerås kontor',
  recipient: RECIPIENT,
  signingKey: SIGNING,
  fingerprint: 'QRST UVWX YZ23 4567',
  verifiedAt: null,
  createdAt: '2025-03-01T09:00:00.000Z',
};

let book: Office[] = [];
const calls: Array<[string, unknown]> = [];

beforeEach(() => {
  calls.length = 0;
  book = [];
  window.vaxtkraft = {
    invoke: (channel, input) => {
      calls.push([channel, input]);
      const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
      if (channel === 'offices.own') return Promise.resolve(ok(own));
      if (channel === 'offices.list') return Promise.resolve(ok(book));
      if (channel === 'offices.add') {
        book = [office];
        return Promise.resolve(ok(office));
      }
      if (channel === 'offices.rename') {
        book = [{ ...office, name: (input as { name: string }).name }];
        return Promise.resolve(ok(book[0]));
      }
      if (channel === 'offices.verify') {
        book = [{ ...office, verifiedAt: '2025-03-02' }];
        return Promise.resolve(ok(book[0]));
      }
      return Promise.resolve({ ok: false, error: { code: 'internal' } });
    },
  };
});

afterEach(() => {
  delete window.vaxtkraft;
});

describe('the offices panel', () => {
  it('reads the fingerprint out group by group, and adds and verifies an office with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderInApp(<OfficesPanel />);
    await screen.findByTestId('offices-panel');
    expect(screen.getByRole('img', { name: 'Fingerprint: A B C D, E F G H, J K L M, N P 2 3' })).toBeTruthy();

    // A damaged card: refused at its field by the contract's own check, nothing sent.
    const card = screen.getByLabelText(en.offices.book.card, { exact: false });
    await user.click(card);
    await user.paste(CARD.replace('age1ql', 'age1qq'));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('add-office-submit'));
    await user.keyboard('{Enter}');
    await screen.findByText(en.errors.field.officeCard.recipient);
    expect(calls.some(([c]) => c === 'offices.add')).toBe(false);

    await user.clear(card);
    await user.paste(CARD);
    screen.getByTestId('add-office-submit').focus();
    await user.keyboard('{Enter}');
    const row = await screen.findByTestId(`office-${office.id}`);
    expect(calls.find(([c]) => c === 'offices.add')?.[1]).toEqual({ card: CARD });
    expect(within(row).getByText(en.offices.book.notVerified)).toBeTruthy();

    const verify = within(row).getByRole('button', { name: 'Mark the fingerprint of Västerås kontor as read with them today' });
    verify.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(screen.getByTestId(`office-${office.id}`)).queryByText(en.offices.book.notVerified)).toBeNull());
  });

  it('renames an office in place: Enter saves, an emptied name is put back without a call', async () => {
    book = [office];
    const user = userEvent.setup();
    renderInApp(<OfficesPanel />);
    const name = await screen.findByLabelText('Name of Västerås kontor here (press Enter to save)');
    await user.clear(name);
    await user.tab();
    expect((name as HTMLInputElement).value).toBe('Västerås kontor');
    expect(calls.some(([c]) => c === 'offices.rename')).toBe(false);
    await user.click(name);
    await user.clear(name);
    await user.type(name, 'Västerås city{Enter}');
    await waitFor(() => expect(calls.find(([c]) => c === 'offices.rename')?.[1]).toEqual({ id: office.id, name: 'Västerås city' }));
    expect(await screen.findByDisplayValue('Västerås city')).toBeTruthy();
  });
});

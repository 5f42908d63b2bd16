import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en, sv } from '@shared/i18n';
import type { Result } from '@shared/api';
import type { AttendanceSheet } from '@shared/api/print';
import { clockFrom } from '@shared/clock';
import { setClock } from '../../src-renderer/lib/clock';
import { systemClock } from '@shared/clock';
import { AttendancePrintControl, PdfLanguageChoice, PrintDocumentButton, recentMonths } from '../../src-renderer/print/PrintButtons';
import { PrintView } from '../../src-renderer/print/PrintView';
import { renderInApp } from './render';

const COMPANY = '01900000-0000-7000-8000-0000000000c1';
const calls: Array<[string, unknown]> = [];
let answer: (channel: string) => Result<unknown>;

beforeEach(() => {
  calls.length = 0;
  // jsdom does not scroll: Mantine's Select scrolls its chosen option into view.
  Element.prototype.scrollIntoView ??= () => undefined;
  setClock(clockFrom(() => new Date('2026-03-10T10:00:00Z')));
});
afterEach(() => {
  delete window.vaxtkraft;
  setClock(systemClock);
  vi.restoreAllMocks();
  delete document.body.dataset['printReady'];
});

function desktop() {
  window.vaxtkraft = {
    invoke: (channel, input) => {
      calls.push([channel, input]);
      return Promise.resolve(answer(channel));
    },
  };
}

/** A language choice and the certificate's button, as a screen puts them together. */
function DeMinimisControl() {
  const [language, setLanguage] = useState<'sv' | 'en'>('en');
  return (
    <>
      <PdfLanguageChoice id="lang" value={language} onChange={setLanguage} />
      <PrintDocumentButton doc={{ document: 'deMinimis', companyId: COMPANY, language }} label="PDF" testId="print-deminimis" />
    </>
  );
}

describe('printing a document from a screen', () => {
  it('offers the last 24 months, latest first, across the turn of the year', () => {
    const months = recentMonths('2026-03-10', 24);
    expect(months.slice(0, 4)).toEqual(['2026-03', '2026-02', '2026-01', '2025-12']);
    expect(months).toHaveLength(24);
    expect(months.at(-1)).toBe('2024-04');
  });

  it('in Electron asks main for the PDF of the chosen month and document (print.pdf), in the chosen language', async () => {
    desktop();
    answer = () => ({ ok: true, value: { saved: true, path: '/tmp/x.pdf' } });
    renderInApp(
      <>
        <AttendancePrintControl companyId={COMPANY} language="sv" />
        <DeMinimisControl />
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByTestId('attendance-month'));
    await user.click(await screen.findByRole('option', { name: 'January 2026' }));
    await user.click(screen.getByTestId('print-attendance'));
    await user.click(screen.getByRole('radio', { name: en.shell.language.sv }));
    await user.click(screen.getByTestId('print-deminimis'));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([
      ['print.pdf', { document: 'attendance', companyId: COMPANY, month: '2026-01', language: 'sv' }],
      ['print.pdf', { document: 'deMinimis', companyId: COMPANY, language: 'sv' }],
    ]);
  });

  it('in the browser opens the document’s print view in a new tab, which prints itself', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    renderInApp(<DeMinimisControl />);
    await userEvent.setup().click(screen.getByTestId('print-deminimis'));
    await waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    expect(String(open.mock.calls[0]![0])).toMatch(new RegExp(`#/print/deMinimis/${COMPANY}/en/print$`));
    expect(open.mock.calls[0]![1]).toBe('_blank');
  });
});

describe('the attendance sheet’s print view', () => {
  const sheet: AttendanceSheet = {
    companyId: COMPANY,
    companyName: 'Bageriet i Öre AB',
    orgNumber: '******-1234',
    month: '2026-02',
    activities: [
      {
        id: 'a1',
        title: 'Ledarskap',
        sessions: Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, date: `2026-02-${String(i + 1).padStart(2, '0')}`, hours: 2 })),
        participants: [{ personId: 'p1', name: 'Åsa Öberg', hours: [2, null, 1.75, 2, 2, 2, 2, 2, 2], totalHours: 15.75 }],
      },
    ],
  };

  it('shows the month in its language, seven sessions a table at most, totals and signature lines, then says it is ready', async () => {
    desktop();
    answer = () => ({ ok: true, value: sheet });
    renderInApp(<PrintView route={{ document: 'attendance', companyId: COMPANY, month: '2026-02', language: 'sv' }} />);
    await waitFor(() => expect(document.body.dataset['printReady']).toBe('true'));
    expect(calls).toEqual([['print.attendanceSheet', { companyId: COMPANY, month: '2026-02' }]]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(sv.print.attendance.title);
    expect(screen.getByText('februari 2026')).toBeTruthy();
    expect(screen.getByText('******-1234')).toBeTruthy();
    const tables = screen.getAllByRole('table');
    // Sessions 1-7, then 8-9 with the total; then the signatures.
    expect(tables).toHaveLength(3);
    expect(tables[0]!.querySelectorAll('thead th')).toHaveLength(8);
    expect(tables[1]!.querySelectorAll('thead th')).toHaveLength(4);
    expect(tables[1]!.textContent).toContain('15,75');
    expect(tables[2]!.textContent).toContain(sv.print.attendance.participantSignature);
    expect(screen.getByText(sv.print.attendance.companySignature)).toBeTruthy();
    expect(screen.getByText(sv.print.attendance.nameClarification)).toBeTruthy();
  });

  it('says so when the sheet cannot be read, and never reports ready', async () => {
    desktop();
    answer = () => ({ ok: false, error: { code: 'company.notFound' } });
    renderInApp(<PrintView route={{ document: 'attendance', companyId: COMPANY, month: '2026-02', language: 'en' }} />);
    expect((await screen.findByRole('alert')).textContent).toBe(en.errors.print.failed);
    expect(document.body.dataset['printReady']).toBe('false');
  });
});

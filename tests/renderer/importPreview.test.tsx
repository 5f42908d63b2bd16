import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { en } from '@shared/i18n';
import type { ResultOf } from '@shared/api';
import type { EntityCounts, ExchangeCounts } from '@shared/api/exchange';
import { RECORD_KINDS } from '@shared/domain/importChanges';
import { PreviewDecision } from '../../src-renderer/features/exchange/ImportPreview';
import { renderInApp } from './render';

type Preview = ResultOf<'exchange.preview'>;

const counts = (c: Partial<EntityCounts> = {}): EntityCounts => ({
  new: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  keptLocal: 0,
  conflicts: 0,
  ...c,
});
const allCounts = (over: Partial<ExchangeCounts> = {}) =>
  ({ ...Object.fromEntries(RECORD_KINDS.map((k) => [k, counts()])), ...over }) as ExchangeCounts;

const company = (id: string, name: string, kind: Preview['companies'][number]['kind'], rounds = counts()) => ({
  id,
  name,
  kind,
  conflicts: [],
  rounds,
  activities: counts(),
});

function previewOf(companies: Preview['companies'], c: ExchangeCounts): Preview {
  return {
    previewId: 'p1',
    source: { office: 'Örebro kontor', advisor: 'Karin', exportedAt: '2026-11-30T09:00:00.000Z', appVersion: '1.0.0' },
    sender: { name: 'Örebro kontor', fingerprint: 'ABCD EFGH', officeId: null, signature: 'unsigned' },
    fileSha256: 'x',
    companies,
    counts: c,
    expiresAt: '2026-11-30T10:00:00.000Z',
  };
}

const NOTHING = previewOf(
  [company('c1', 'Alfa AB', 'unchanged'), company('c2', 'Beta AB', 'unchanged')],
  allCounts({ companies: counts({ unchanged: 2 }), people: counts({ unchanged: 4, keptLocal: 1 }) }),
);
const ONE_CHANGE = previewOf(
  [company('c1', 'Alfa AB', 'unchanged'), company('c2', 'Beta AB', 'updated', counts({ new: 1 }))],
  allCounts({ companies: counts({ unchanged: 1, updated: 1 }), rounds: counts({ new: 1 }) }),
);

function renderDecision(preview: Preview, setAside = false) {
  const onApply = vi.fn();
  renderInApp(
    <PreviewDecision
      preview={preview}
      resolutions={{}}
      setResolutions={() => undefined}
      busy={false}
      onApply={onApply}
      onCancel={() => undefined}
      testPrefix="import"
      setAsideWhenNothing={setAside}
    />,
  );
  return onApply;
}

describe('the import preview shows only what changes', () => {
  it('a file with nothing new says so, lists no company and cannot be imported, the reason tied to the button', () => {
    renderDecision(NOTHING);
    const note = screen.getByTestId('import-nothing');
    expect(note.textContent).toContain(en.exchange.import.nothingNew);
    expect(note.textContent).toContain(en.exchange.import.nothingNewWhy);
    expect(screen.queryByTestId('import-companies')).toBeNull();
    expect(screen.queryByText('Alfa AB')).toBeNull();
    const apply = screen.getByRole('button', { name: en.exchange.import.apply });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    expect(apply.getAttribute('aria-describedby')).toBe(note.id);
  });

  it('from the inbox, a file with nothing new is set aside instead (it still moves to processed/)', async () => {
    const onApply = renderDecision(NOTHING, true);
    expect(screen.getByTestId('import-nothing').textContent).toContain(en.exchange.import.nothingNewInbox);
    const button = screen.getByRole('button', { name: en.exchange.import.setAside });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(button);
    expect(onApply).toHaveBeenCalledOnce();
  });

  it('lists only the kinds of record and the companies that change, without zeros', () => {
    renderDecision(ONE_CHANGE);
    expect(screen.queryByTestId('import-nothing')).toBeNull();
    const table = screen.getByTestId('import-counts');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['companies', 'rounds']);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1', '0', '0']);
    const companies = within(screen.getByTestId('import-companies')).getAllByRole('row').slice(1);
    expect(companies).toHaveLength(1);
    expect(companies[0]!.textContent).toContain('Beta AB');
    expect(screen.getByTestId('import-records-c2').textContent).toBe('Rounds: 1 new');
    expect((screen.getByRole('button', { name: en.exchange.import.apply }) as HTMLButtonElement).disabled).toBe(false);
  });
});

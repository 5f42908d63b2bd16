import { describe, expect, it } from 'vitest';
import { fireEvent } from '@testing-library/react';
import { renderInApp } from './render';
import { FIRST_ROWS, ReportTableView } from '../../src-renderer/features/reports/ReportTableView';
import type { ReportTable } from '@shared/api/reports';

/** A per-company table as long as a programme's: the screen shows its first rows and offers the rest. */
function companyTable(n: number): ReportTable {
  return {
    id: 'progressByCompany',
    rowKind: 'company',
    columns: ['goalsSet', 'goalsMet'],
    rows: Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: `Företag ${i}`, cells: [i, 1] })),
  };
}

describe('ReportTableView, a long table', () => {
  it('shows the first rows with a button naming how many there are, and every row after it', () => {
    const view = renderInApp(<ReportTableView table={companyTable(120)} />);
    expect(view.container.querySelectorAll('tbody tr')).toHaveLength(FIRST_ROWS);
    const button = view.getByTestId('report-show-all-progressByCompany');
    expect(button.textContent).toContain('120');
    fireEvent.click(button);
    expect(view.container.querySelectorAll('tbody tr')).toHaveLength(120);
    expect(view.queryByTestId('report-show-all-progressByCompany')).toBeNull();
  });

  it('a short table shows every row and no button', () => {
    const view = renderInApp(<ReportTableView table={companyTable(FIRST_ROWS)} />);
    expect(view.container.querySelectorAll('tbody tr')).toHaveLength(FIRST_ROWS);
    expect(view.queryByTestId('report-show-all-progressByCompany')).toBeNull();
  });
});

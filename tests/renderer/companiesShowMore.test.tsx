import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CompanyListInput, CompanyListItem } from '@shared/api/companies';
import { COMPANY_LIST_PAGE_SIZE } from '@shared/domain/company';
import * as client from '../../src-renderer/api/client';
import { CompaniesScreen } from '../../src-renderer/features/companies/CompaniesScreen';
import { useCompanyList } from '../../src-renderer/features/companies/listStore';
import { i18n } from '../../src-renderer/lib/i18n';
import { renderInApp } from './render';

const TOTAL = 120;
const company = (n: number): CompanyListItem => ({
  id: `c${n}`,
  name: `Företag ${String(n).padStart(3, '0')} AB`,
  orgNumber: '5560360793',
  orgKind: 'legal',
  municipalityCode: '1880',
  municipalityOther: null,
  sizeClass: 'micro',
  status: 'enrolled',
  advisor: null,
  peopleCount: 2,
  archivedAt: null,
  updatedAt: '2026-11-30T09:00:00.000Z',
});

beforeEach(async () => {
  await i18n().changeLanguage('en');
  vi.spyOn(client, 'invoke').mockImplementation(((channel: string, input: CompanyListInput) => {
    if (channel !== 'companies.list') return new Promise(() => undefined);
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 200;
    const items = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => company(offset + i + 1));
    return Promise.resolve({ items, total: TOTAL });
  }) as never);
});
afterEach(() => {
  vi.restoreAllMocks();
  useCompanyList.setState(useCompanyList.getInitialState(), true);
});

describe('the register list, a page at a time', () => {
  it('shows the first page, and "show more" adds the next with the focus on the first company added', async () => {
    const user = userEvent.setup();
    renderInApp(<CompaniesScreen />);
    await waitFor(() => expect(screen.getAllByTestId('company-row')).toHaveLength(COMPANY_LIST_PAGE_SIZE));
    expect(screen.getByText(`Showing ${COMPANY_LIST_PAGE_SIZE} of ${TOTAL}`)).toBeTruthy();

    screen.getByTestId('show-more-companies').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('company-row')).toHaveLength(2 * COMPANY_LIST_PAGE_SIZE));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Företag 051 AB'));

    screen.getByTestId('show-more-companies').focus();
    await user.keyboard('{Enter}');
    // The last page: the button goes, and the focus is on the first company it added.
    await waitFor(() => expect(screen.getAllByTestId('company-row')).toHaveLength(TOTAL));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Företag 101 AB'));
    expect(screen.queryByTestId('show-more-companies')).toBeNull();
  });
});

import { create } from 'zustand';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import type { CompanyListItem, CompanySort } from '@shared/api/companies';
import { COMPANY_LIST_PAGE_SIZE } from '@shared/domain/company';
import type { CompanyStatus, SizeClass } from '@shared/domain/company';

export interface ListFilters {
  query: string;
  statuses: CompanyStatus[];
  municipalityCode: string | null;
  sizeClass: SizeClass | null;
  includeArchived: boolean;
}

const NO_FILTERS: ListFilters = { query: '', statuses: [], municipalityCode: null, sizeClass: null, includeArchived: false };

interface ListState {
  filters: ListFilters;
  sort: CompanySort;
  direction: 'asc' | 'desc';
  items: CompanyListItem[];
  total: number;
  loaded: boolean;
  loading: boolean;
  /** Bumped when the filters are cleared, so the search box starts over. */
  resetKey: number;
  setFilters(partial: Partial<ListFilters>): void;
  clearFilters(): void;
  toggleSort(column: CompanySort): void;
  /** The next page after those shown; resolves once it is there. */
  showMore(): Promise<void>;
  load(more?: boolean): Promise<void>;
}

let latestRequest = 0;

export function hasFilters(f: ListFilters): boolean {
  return f.query.trim() !== '' || f.statuses.length > 0 || f.municipalityCode !== null || f.sizeClass !== null || f.includeArchived;
}

export const useCompanyList = create<ListState>((set, get) => ({
  filters: NO_FILTERS,
  sort: 'name',
  direction: 'asc',
  items: [],
  total: 0,
  loaded: false,
  loading: false,
  resetKey: 0,
  setFilters(partial) {
    set((s) => ({ filters: { ...s.filters, ...partial } }));
    void get().load();
  },
  clearFilters() {
    set((s) => ({ filters: NO_FILTERS, resetKey: s.resetKey + 1 }));
    void get().load();
  },
  toggleSort(column) {
    const { sort, direction } = get();
    set({
      sort: column,
      direction: sort === column ? (direction === 'asc' ? 'desc' : 'asc') : column === 'updatedAt' ? 'desc' : 'asc',
    });
    void get().load();
  },
  showMore() {
    return get().load(true);
  },
  async load(more = false) {
    const request = ++latestRequest;
    const { filters, sort, direction } = get();
    const offset = more ? get().items.length : 0;
    set({ loading: true });
    try {
      const result = await invoke('companies.list', {
        query: filters.query.trim(),
        statuses: filters.statuses,
        municipalityCode: filters.municipalityCode,
        sizeClass: filters.sizeClass,
        includeArchived: filters.includeArchived,
        sort,
        direction,
        limit: COMPANY_LIST_PAGE_SIZE,
        offset,
      });
      if (request !== latestRequest) return;
      set((s) => ({
        items: more ? [...s.items, ...result.items] : result.items,
        total: result.total,
        loaded: true,
        loading: false,
      }));
    } catch (error) {
      if (request === latestRequest) set({ loading: false, loaded: true });
      notifyError(error);
    }
  },
}));

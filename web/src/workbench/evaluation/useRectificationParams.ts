import { useSearchParams } from 'react-router';
import { type RectificationParams, rectificationStatuses } from '../../api/evaluation';

const PAGE_SIZE = 20;

/** Filters and page live in the URL, so "back" from a rectification returns to the same list. */
export function useRectificationParams() {
  const [search, setSearch] = useSearchParams();
  const status = rectificationStatuses.find((s) => s === search.get('status'));
  const params: RectificationParams = {
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Number(search.get('pageSize')) || PAGE_SIZE,
    ...(status ? { status } : {}),
    ...(search.get('overdue') === 'true' ? { overdue: 'true' as const } : {}),
  };

  /** Any change but the page starts again at page 1. */
  const update = (change: Partial<Record<'status' | 'overdue' | 'page' | 'pageSize', string>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in change)) next.delete('page');
    setSearch(next, { replace: true });
  };

  return { params, update };
}

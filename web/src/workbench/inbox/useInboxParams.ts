import { useSearchParams } from 'react-router';
import type { InboxParams, InboxScope } from '../../api/workflowTypes';

const PAGE_SIZE = 20;

/** The inbox's tab, search and page live in the URL, so "back" from a case returns to the same list. */
export function useInboxParams(defaultScope: InboxScope) {
  const [search, setSearch] = useSearchParams();
  const scope: InboxScope =
    search.get('scope') === 'pool' ? 'pool' : search.get('scope') === 'mine' ? 'mine' : defaultScope;
  const params: InboxParams = {
    scope,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Number(search.get('pageSize')) || PAGE_SIZE,
    q: search.get('q')?.trim() || undefined,
    warning: search.get('overdue') === '1' ? 'red' : undefined,
  };

  /** Any change but the page starts again at page 1. */
  const update = (change: Partial<Record<'scope' | 'q' | 'overdue' | 'page' | 'pageSize', string>>) => {
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

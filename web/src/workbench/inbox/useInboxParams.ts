import type { InboxParams, InboxScope } from '../../api/workflowTypes';
import { useListParams } from '../cases/caseLists';

const PAGE_SIZE = 20;

/** The inbox's tab, search and page, from the URL. */
export function useInboxParams(defaultScope: InboxScope) {
  const { search, update } = useListParams();
  const scope: InboxScope =
    search.get('scope') === 'pool' ? 'pool' : search.get('scope') === 'mine' ? 'mine' : defaultScope;
  const params: InboxParams = {
    scope,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Number(search.get('pageSize')) || PAGE_SIZE,
    q: search.get('q')?.trim() || undefined,
    warning: search.get('overdue') === '1' ? 'red' : undefined,
  };
  return { params, update };
}

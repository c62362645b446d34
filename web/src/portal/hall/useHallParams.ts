import { useSearchParams } from 'react-router';
import { type Audience, audiences, type Theme, themes } from '../../api/catalogueTypes';

export interface HallFilters {
  q: string;
  audience?: Audience;
  theme?: Theme;
  department?: string;
  page: number;
}

type Change = Partial<Record<keyof HallFilters, string | number | undefined>>;

/** The hall's search and filters live in the URL: shareable, and "back" returns to the same list. */
export function useHallParams() {
  const [params, setParams] = useSearchParams();
  const filters: HallFilters = {
    q: params.get('q')?.trim() ?? '',
    audience: audiences.find((a) => a === params.get('audience')),
    theme: themes.find((t) => t === params.get('theme')),
    department: params.get('department') || undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
  };

  /** Any change other than the page starts again at page 1. */
  const update = (change: Change) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in change) || change.page === 1) next.delete('page');
    setParams(next);
  };

  const clear = () => setParams(filters.audience ? { audience: filters.audience } : {});
  const filtered = Boolean(filters.q || filters.theme || filters.department);
  return { filters, update, clear, filtered };
}

import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Page } from '../../api/types';
import { ApplicationNumber } from '../../portal/applications/ApplicationNumber';
import { casePath } from './casePath';

// What the lists of cases (待办, 督查督办) share: filters in the URL, a way into a case and back.

/** A list's filters and page live in the URL, so "back" from a case returns to the same list. */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  /** Any change but the page starts again at page 1. */
  const update = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in change)) next.delete('page');
    setSearch(next, { replace: true });
  };
  return { search, update };
}

/** The list a case is opened from, handed to the case page for its way back. */
export function useFromHere() {
  const location = useLocation();
  return { from: `${location.pathname}${location.search}` };
}

export function useOpenCase() {
  const navigate = useNavigate();
  const from = useFromHere();
  return (applicationNo: string) => navigate(casePath(applicationNo), { state: from });
}

/** The number is the link for keyboards and screen readers; rows are a target for the mouse too. */
export function CaseNumberLink({ applicationNo, label }: { applicationNo: string; label: string }) {
  const from = useFromHere();
  return (
    <Link to={casePath(applicationNo)} state={from} aria-label={label}>
      <ApplicationNumber value={applicationNo} size="small" copyable={false} />
    </Link>
  );
}

export function useListPagination(
  data: Page<unknown> | undefined,
  onPage: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  const { t } = useTranslation();
  return {
    current: data?.page ?? 1,
    pageSize: data?.pageSize ?? 20,
    total: data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (total) => t(data?.totalCapped ? 'common.totalCapped' : 'common.total', { count: total }),
    onChange: onPage,
  };
}

import type { ListProps } from 'antd';
import type { Page } from '../api/types';

/** A list of cards (a phone's lists): small page links, and none when everything fits on one page. */
export function cardPagination(
  data: Page<unknown> | undefined,
  onPage: (page: number, pageSize: number) => void,
): ListProps<unknown>['pagination'] {
  return data && data.total > data.pageSize
    ? { current: data.page, pageSize: data.pageSize, total: data.total, size: 'small', onChange: onPage }
    : false;
}

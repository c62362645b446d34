import '../cases/cases.css';
import { Badge, Checkbox, Grid, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInbox } from '../../api/workflow';
import type { InboxScope } from '../../api/workflowTypes';
import { QueryError } from '../../shared/QueryError';
import { SearchField } from '../../shared/SearchField';
import { InboxCards } from './InboxCards';
import { InboxTable } from './InboxTable';
import { useInboxParams } from './useInboxParams';

const SCOPES: InboxScope[] = ['mine', 'pool'];

export default function InboxPage() {
  const { t } = useTranslation();
  const { params, update } = useInboxParams('mine');
  const inbox = useInbox(params);
  const List = Grid.useBreakpoint().md === false ? InboxCards : InboxTable;
  // Only the total of the other tab, so each tab says how much waits there before it is opened.
  const other = useInbox({
    ...params,
    scope: params.scope === 'mine' ? 'pool' : 'mine',
    page: 1,
    pageSize: 1,
  });
  const totals: Record<InboxScope, number | undefined> = {
    mine: params.scope === 'mine' ? inbox.data?.total : other.data?.total,
    pool: params.scope === 'pool' ? inbox.data?.total : other.data?.total,
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('cases.inbox.title')}
      </Typography.Title>
      <Tabs
        activeKey={params.scope}
        onChange={(scope) => update({ scope })}
        items={SCOPES.map((scope) => ({
          key: scope,
          label: (
            <Space size={6}>
              {scope === 'mine' ? t('cases.inbox.tabMine') : t('cases.inbox.tabPool')}
              <Badge count={totals[scope] ?? 0} showZero color={scope === params.scope ? 'blue' : 'gray'} />
            </Space>
          ),
        }))}
      />
      <Typography.Paragraph type="secondary">
        {params.scope === 'mine' ? t('cases.inbox.tabMineHint') : t('cases.inbox.tabPoolHint')}
      </Typography.Paragraph>
      <div className="filter-bar case-filters">
        <SearchField
          label={t('cases.inbox.searchLabel')}
          placeholder={t('cases.inbox.searchPlaceholder')}
          value={params.q}
          onSearch={(q) => update({ q })}
        />
        <Checkbox
          checked={params.warning === 'red'}
          onChange={(e) => update({ overdue: e.target.checked ? '1' : '' })}
        >
          {t('cases.inbox.overdueOnly')}
        </Checkbox>
      </div>
      {inbox.isError && <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {/* A table would hide the due date off the edge of a phone. */}
      <List
        data={inbox.data}
        loading={inbox.isFetching && !inbox.data}
        empty={
          params.scope === 'mine'
            ? `${t('cases.inbox.empty')}${t('cases.inbox.emptyMineHint')}`
            : t('cases.inbox.empty')
        }
        onPage={(page, pageSize) => update({ page: String(page), pageSize: String(pageSize) })}
      />
    </>
  );
}

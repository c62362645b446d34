import { Grid, List, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../api/types';
import { useTaxonomyNames } from '../../portal/hotline/api';
import { cardPagination } from '../../shared/cardPagination';
import { formatDateTime } from '../../shared/format';
import { useFromHere, useListPagination } from '../cases/caseLists';
import type { TicketItem } from './api';
import { DueText, dueOf, TicketTags } from './TicketTags';

interface Props {
  data: Page<TicketItem> | undefined;
  loading: boolean;
  empty: string;
  /** Where an order opens: the centre's and a unit's pages differ in their menu. */
  basePath: string;
  onPage: (page: number, pageSize: number) => void;
}

function TicketLink({ item, basePath }: { item: TicketItem; basePath: string }) {
  const { t } = useTranslation();
  const from = useFromHere();
  return (
    <Link
      to={`${basePath}/${item.ticketNo}`}
      state={from}
      aria-label={t('hotline.list.open', { no: item.ticketNo })}
      className="ticket-no"
    >
      {item.ticketNo}
    </Link>
  );
}

/** Orders as a table on a desk, as cards on a phone (a table would hide the due date off the edge). */
export function TicketList({ data, loading, empty, basePath, onPage }: Props) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const pagination = useListPagination(data, onPage);
  const narrow = Grid.useBreakpoint().md === false;

  if (narrow)
    return (
      <List
        className="ticket-cards"
        loading={loading}
        locale={{ emptyText: empty }}
        dataSource={data?.items}
        pagination={cardPagination(data, onPage)}
        renderItem={(item) => (
          <List.Item
            key={item.ticketNo}
            className={`ticket-card ticket-row-${dueOf(item)?.warning ?? 'none'}`}
          >
            <TicketLink item={item} basePath={basePath} />
            <Typography.Text strong>
              {names.type(item.type)} · {names.subject(item.subject)}
            </Typography.Text>
            <TicketTags item={item} />
            <Typography.Text type="secondary" ellipsis>
              {item.excerpt}
            </Typography.Text>
            <DueText item={item} />
          </List.Item>
        )}
      />
    );

  const columns: TableColumnsType<TicketItem> = [
    {
      key: 'no',
      title: t('hotline.list.number'),
      width: 170,
      render: (_, item) => (
        <>
          <TicketLink item={item} basePath={basePath} />
          <Typography.Text type="secondary" className="ticket-created">
            {formatDateTime(item.createdAt)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('hotline.list.kind'),
      width: 120,
      render: (_, item) => (
        <>
          <div>{names.type(item.type)}</div>
          <Typography.Text type="secondary">{names.subject(item.subject)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'request',
      title: t('hotline.list.request'),
      render: (_, item) => (
        <>
          <Typography.Paragraph ellipsis={{ rows: 2 }} className="ticket-excerpt">
            {item.excerpt}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {names.district(item.districtCode)} · {item.address}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'unit',
      title: t('hotline.list.unit'),
      width: 130,
      render: (_, item) => item.leadUnit?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'status',
      title: t('hotline.list.status'),
      width: 150,
      render: (_, item) => <TicketTags item={item} />,
    },
    { key: 'due', title: t('hotline.list.due'), width: 170, render: (_, item) => <DueText item={item} /> },
  ];
  return (
    <Table
      rowKey="ticketNo"
      size="small"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      locale={{ emptyText: empty }}
      pagination={pagination}
      rowClassName={(item) => `ticket-row-${dueOf(item)?.warning ?? 'none'}`}
      scroll={{ x: 1000 }}
    />
  );
}

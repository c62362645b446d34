import './hotline.css';
import { Badge, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  codeOptions,
  hotlineDistricts,
  hotlineSubjects,
  ticketTypes,
  useTaxonomyNames,
} from '../../portal/hotline/api';
import { QueryError } from '../../shared/QueryError';
import { SearchField } from '../../shared/SearchField';
import { useListParams } from '../cases/caseLists';
import { type TicketFilter, useTickets } from './api';
import { FilterSelect } from './FilterSelect';
import { TicketList } from './TicketList';

export interface Queue {
  key: string;
  label: string;
  hint: string;
  filter: TicketFilter;
  /** Show how many wait here on the tab. */
  counted?: boolean;
}

const PAGE_SIZE = 20;

function QueueBadge({ filter, active }: { filter: TicketFilter; active: boolean }) {
  const count = useTickets({ ...filter, page: 1, pageSize: 1 });
  return (
    <Badge count={count.data?.total ?? 0} showZero overflowCount={9999} color={active ? 'blue' : 'gray'} />
  );
}

/**
 * Orders in queues (tabs), each a server-side filter, paginated on the server; under them a
 * search by number and filters by type, subject and district. Everything is in the URL, so
 * "back" from an order returns to the same page of the same queue.
 */
export function TicketQueues(props: { title: string; queues: Queue[]; basePath: string }) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const { search, update } = useListParams();
  const queue = props.queues.find((q) => q.key === search.get('queue')) ?? props.queues[0]!;
  const narrowing = {
    q: search.get('q') ?? undefined,
    type: search.get('type') ?? undefined,
    subject: search.get('subject') ?? undefined,
    districtCode: search.get('district') ?? undefined,
  };
  const filter: TicketFilter = {
    ...queue.filter,
    ...narrowing,
    page: Number(search.get('page') ?? 1),
    pageSize: PAGE_SIZE,
  };
  const tickets = useTickets(filter);

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {props.title}
      </Typography.Title>
      <Tabs
        activeKey={queue.key}
        onChange={(key) => update({ queue: key })}
        items={props.queues.map((q) => ({
          key: q.key,
          label: (
            <Space size={6}>
              {q.label}
              {q.counted && <QueueBadge filter={q.filter} active={q.key === queue.key} />}
            </Space>
          ),
        }))}
      />
      <Typography.Paragraph type="secondary">{queue.hint}</Typography.Paragraph>
      <div className="filter-bar ticket-filters">
        <SearchField
          label={t('hotline.list.searchLabel')}
          placeholder={t('hotline.list.searchPlaceholder')}
          value={narrowing.q}
          onSearch={(q) => update({ q })}
        />
        <FilterSelect
          label={t('hotline.fields.type')}
          placeholder={t('hotline.list.any')}
          value={narrowing.type}
          options={codeOptions(ticketTypes, names.type)}
          onChange={(type) => update({ type })}
        />
        <FilterSelect
          label={t('hotline.fields.subject')}
          placeholder={t('hotline.list.any')}
          value={narrowing.subject}
          options={codeOptions(hotlineSubjects, names.subject)}
          onChange={(subject) => update({ subject })}
        />
        <FilterSelect
          label={t('hotline.fields.district')}
          placeholder={t('hotline.list.any')}
          value={narrowing.districtCode}
          options={codeOptions(hotlineDistricts, names.district)}
          onChange={(district) => update({ district })}
        />
      </div>
      {tickets.isError && <QueryError error={tickets.error} onRetry={() => void tickets.refetch()} />}
      <TicketList
        data={tickets.data}
        loading={tickets.isFetching && !tickets.data}
        empty={t('hotline.list.empty')}
        basePath={props.basePath}
        onPage={(page) => update({ page: String(page) })}
      />
    </>
  );
}

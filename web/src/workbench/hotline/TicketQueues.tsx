import './hotline.css';
import { Badge, Input, Select, Space, Tabs, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hotlineDistricts, hotlineSubjects, ticketTypes, useTaxonomyNames } from '../../portal/hotline/api';
import { QueryError } from '../../shared/QueryError';
import { useListParams } from '../cases/caseLists';
import { type TicketFilter, useTickets } from './api';
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
  const ids = { q: useId(), type: useId(), subject: useId(), district: useId() };
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
  const options = (codes: readonly string[], name: (code: string) => string) =>
    codes.map((code) => ({ value: code, label: name(code) }));

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
        <div className="filter-field">
          <label htmlFor={ids.q}>{t('hotline.list.searchLabel')}</label>
          <Input.Search
            id={ids.q}
            key={narrowing.q ?? ''}
            defaultValue={narrowing.q}
            placeholder={t('hotline.list.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(q) => update({ q: q.trim() })}
          />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.type}>{t('hotline.fields.type')}</label>
          <Select
            id={ids.type}
            allowClear
            className="ticket-filter-select"
            placeholder={t('hotline.list.any')}
            value={narrowing.type}
            options={options(ticketTypes, names.type)}
            onChange={(type?: string) => update({ type })}
          />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.subject}>{t('hotline.fields.subject')}</label>
          <Select
            id={ids.subject}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            className="ticket-filter-select"
            placeholder={t('hotline.list.any')}
            value={narrowing.subject}
            options={options(hotlineSubjects, names.subject)}
            onChange={(subject?: string) => update({ subject })}
          />
        </div>
        <div className="filter-field">
          <label htmlFor={ids.district}>{t('hotline.fields.district')}</label>
          <Select
            id={ids.district}
            allowClear
            className="ticket-filter-select"
            placeholder={t('hotline.list.any')}
            value={narrowing.districtCode}
            options={options(hotlineDistricts, names.district)}
            onChange={(district?: string) => update({ district })}
          />
        </div>
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

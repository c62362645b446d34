import { Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Planning, usePlannings } from '../../api/blueprint';
import { useSession } from '../../api/session';
import { RESULT_COLOR } from '../../portal/planning/PlanningParts';
import { QueryError } from '../../shared/QueryError';

type Filter = 'waiting' | 'all';
const PAGE_SIZE = 20;

/**
 * 预审意见征询: the project plans whose pre-opinion the caller's department is asked for (still
 * to answer, or all of them), newest first; a supervisor sees every plan.
 */
export default function PlanningRequestsPage() {
  const { t } = useTranslation();
  const account = useSession().data?.account;
  const department = account?.departmentName;
  // A supervisor's department is asked nothing: it starts from every plan.
  const [filter, setFilter] = useState<Filter>(account?.roles.includes('supervisor') ? 'all' : 'waiting');
  const [page, setPage] = useState(1);
  const list = usePlannings({ waiting: filter === 'waiting', page, pageSize: PAGE_SIZE });
  const ours = (p: Planning) => p.preOpinions.find((o) => o.department.name === department);

  const columns: TableColumnsType<Planning> = [
    {
      key: 'name',
      title: t('planning.requests.columns.name'),
      render: (_, p) => <Link to={p.id}>{p.name}</Link>,
    },
    {
      key: 'result',
      title: t('planning.requests.columns.result'),
      render: (_, p) => <Tag color={RESULT_COLOR[p.result]}>{t(`blueprint.verdict.${p.result}`)}</Tag>,
    },
    {
      key: 'dueOn',
      title: t('planning.requests.columns.dueOn'),
      render: (_, p) => ours(p)?.dueOn ?? '—',
      responsive: ['sm'],
    },
    {
      key: 'status',
      title: t('planning.requests.columns.status'),
      render: (_, p) => {
        const mine = ours(p);
        return mine ? (
          <Tag color={mine.status === 'answered' ? 'green' : 'gold'}>
            {t(`planning.preOpinions.status.${mine.status}`)}
          </Tag>
        ) : (
          '—'
        );
      },
    },
  ];

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('planning.requests.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('planning.requests.intro')}</Typography.Paragraph>
      <Segmented<Filter>
        className="block-gap"
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setPage(1);
        }}
        options={(['waiting', 'all'] as const).map((value) => ({
          value,
          label: t(`planning.requests.filter.${value}`),
        }))}
      />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Planning>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items}
        columns={columns}
        locale={{ emptyText: t('planning.requests.none') }}
        pagination={
          list.data && list.data.total > list.data.pageSize
            ? { current: page, pageSize: PAGE_SIZE, total: list.data.total, onChange: setPage, size: 'small' }
            : false
        }
      />
    </>
  );
}

import { Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types';
import type { SupervisedCase, SupervisionFilter } from '../../api/workflowTypes';
import { CaseStatusTag } from '../cases/CaseStatusTag';
import { CaseNumberLink, useListPagination, useOpenCase } from '../cases/caseLists';
import { useCaseLabels } from '../cases/labels';
import { WarningTag } from '../cases/WarningTag';

interface Props {
  filter: SupervisionFilter;
  data: Page<SupervisedCase> | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

export function SupervisionTable({ filter, data, loading, onPage }: Props) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const open = useOpenCase();
  const pagination = useListPagination(data, onPage);

  const columns: TableColumnsType<SupervisedCase> = [
    {
      key: 'number',
      title: t('cases.supervision.number'),
      dataIndex: 'applicationNo',
      render: (no: string) => (
        <CaseNumberLink applicationNo={no} label={t('cases.supervision.openLabel', { no })} />
      ),
    },
    {
      key: 'matter',
      title: t('cases.supervision.matter'),
      dataIndex: 'matterName',
      render: (name: string) => <span className="case-list-matter">{name}</span>,
    },
    {
      key: 'department',
      title: t('cases.supervision.department'),
      dataIndex: 'departmentCode',
      render: (code: string) => labels.department(code),
      responsive: ['md'],
    },
    {
      key: 'due',
      title: filter === 'intake' ? t('cases.supervision.intakeDueOn') : t('cases.supervision.promisedDueOn'),
      render: (_, item) => (
        <>
          <span className="mono">
            {(filter === 'intake' ? item.intakeDueOn : item.promisedDueOn) ?? t('common.none')}
          </span>{' '}
          <WarningTag warning={item.warning} />
        </>
      ),
    },
    {
      key: 'status',
      title: t('cases.supervision.status'),
      dataIndex: 'status',
      render: (status: string) => <CaseStatusTag status={status} />,
      responsive: ['lg'],
    },
    {
      key: 'orders',
      title: t('cases.supervision.openOrders'),
      dataIndex: 'openOrders',
      render: (count: number) =>
        count > 0 ? (
          <Tag color="warning">{t('cases.supervision.openOrdersCount', { count })}</Tag>
        ) : (
          t('cases.supervision.noOrders')
        ),
    },
  ];

  return (
    <Table
      rowKey="applicationNo"
      size="middle"
      className="case-list"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      locale={{ emptyText: t('cases.supervision.empty') }}
      onRow={(item) => ({ onClick: () => open(item.applicationNo) })}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
    />
  );
}

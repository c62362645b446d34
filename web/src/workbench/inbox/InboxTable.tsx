import { Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types';
import type { InboxItem } from '../../api/workflowTypes';
import { CaseStatusTag } from '../cases/CaseStatusTag';
import { CaseNumberLink, useListPagination, useOpenCase } from '../cases/caseLists';
import { WarningTag } from '../cases/WarningTag';

interface Props {
  data: Page<InboxItem> | undefined;
  loading: boolean;
  empty: string;
  onPage: (page: number, pageSize: number) => void;
}

export function InboxTable({ data, loading, empty, onPage }: Props) {
  const { t } = useTranslation();
  const open = useOpenCase();
  const pagination = useListPagination(data, onPage);

  const columns: TableColumnsType<InboxItem> = [
    {
      key: 'number',
      title: t('cases.inbox.number'),
      dataIndex: 'applicationNo',
      render: (no: string) => (
        <CaseNumberLink applicationNo={no} label={t('cases.inbox.openLabel', { no })} />
      ),
    },
    {
      key: 'matter',
      title: t('cases.inbox.matter'),
      render: (_, item) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text>{item.matterName}</Typography.Text>
          <Typography.Text type="secondary">
            {t('common.labelled', { label: t('cases.inbox.step'), text: item.stepName })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'due',
      title: t('cases.inbox.dueOn'),
      dataIndex: 'dueOn',
      render: (dueOn: string, item) => (
        <Space size={4} wrap>
          <span className="mono">{dueOn}</span>
          <WarningTag warning={item.warning} />
        </Space>
      ),
    },
    {
      key: 'taskStatus',
      title: t('cases.inbox.taskStatus'),
      dataIndex: 'status',
      render: (status: InboxItem['status']) => (
        <Tag color={status === 'claimed' ? 'processing' : 'default'}>
          {t(`cases.vocab.taskStatus.${status}`)}
        </Tag>
      ),
      responsive: ['md'],
    },
    {
      key: 'caseStatus',
      title: t('cases.inbox.caseStatus'),
      dataIndex: 'caseStatus',
      render: (status: string) => <CaseStatusTag status={status} />,
      responsive: ['lg'],
    },
  ];

  return (
    <Table
      rowKey="taskId"
      size="middle"
      className="case-list"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      locale={{ emptyText: empty }}
      rowClassName={(item) => `case-row case-row-${item.warning}`}
      onRow={(item) => ({ onClick: () => open(item.applicationNo) })}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
    />
  );
}

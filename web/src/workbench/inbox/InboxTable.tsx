import { Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Page } from '../../api/types';
import type { InboxItem } from '../../api/workflowTypes';
import { ApplicationNumber } from '../../portal/applications/ApplicationNumber';
import { CaseStatusTag } from '../cases/CaseStatusTag';
import { casePath } from '../cases/casePath';
import { WarningTag } from '../cases/WarningTag';

interface Props {
  data: Page<InboxItem> | undefined;
  loading: boolean;
  empty: string;
  onPage: (page: number, pageSize: number) => void;
}

export function InboxTable({ data, loading, empty, onPage }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const from = { from: `${location.pathname}${location.search}` };

  const columns: TableColumnsType<InboxItem> = [
    {
      key: 'number',
      title: t('cases.inbox.number'),
      dataIndex: 'applicationNo',
      render: (no: string) => (
        <Link to={casePath(no)} state={from} aria-label={t('cases.inbox.openLabel', { no })}>
          <ApplicationNumber value={no} size="small" copyable={false} />
        </Link>
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
      // The number is the link for keyboards and screen readers; the whole row is a target for the mouse.
      onRow={(item) => ({ onClick: () => navigate(casePath(item.applicationNo), { state: from }) })}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => t('common.total', { count: total }),
        onChange: onPage,
      }}
    />
  );
}

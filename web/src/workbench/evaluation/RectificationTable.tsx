import { Space, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { RectificationItem } from '../../api/evaluation';
import type { Page } from '../../api/types';
import { ApplicationNumber } from '../../portal/applications/ApplicationNumber';
import { formatDateTime } from '../../shared/format';
import { LevelTag, RectificationStatusTag } from './tags';

interface Props {
  data: Page<RectificationItem> | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

export function RectificationTable({ data, loading, onPage }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const from = { from: `${location.pathname}${location.search}` };

  const columns: TableColumnsType<RectificationItem> = [
    {
      key: 'number',
      title: t('rectification.columns.applicationNo'),
      dataIndex: 'applicationNo',
      render: (no: string, item) => (
        <Link
          to={`/workbench/rectifications/${item.id}`}
          state={from}
          aria-label={t('rectification.openLabel', { no })}
        >
          <ApplicationNumber value={no} size="small" copyable={false} />
        </Link>
      ),
    },
    { key: 'matter', title: t('rectification.columns.matter'), dataIndex: 'matterName' },
    {
      key: 'department',
      title: t('rectification.columns.department'),
      render: (_, item) => item.department.name,
      responsive: ['lg'],
    },
    {
      key: 'level',
      title: t('rectification.columns.level'),
      dataIndex: 'level',
      render: (level: RectificationItem['level']) => <LevelTag level={level} />,
    },
    {
      key: 'deadline',
      title: t('rectification.columns.deadline'),
      render: (_, item) => (
        <Space size={4} wrap>
          <span className="mono">{item.deadline}</span>
          <RectificationStatusTag item={item} />
        </Space>
      ),
    },
    {
      key: 'progress',
      title: t('rectification.columns.progress'),
      render: (_, item) => (
        <Space size={4} wrap>
          <Tag color={item.rectified ? 'green' : 'default'}>
            {item.rectified ? t('rectification.progress.rectified') : t('rectification.progress.toRectify')}
          </Tag>
          <Tag color={item.calledBack ? 'green' : 'default'}>
            {item.calledBack
              ? t('rectification.progress.calledBack')
              : t('rectification.progress.toCallBack')}
          </Tag>
        </Space>
      ),
      responsive: ['md'],
    },
    {
      key: 'openedAt',
      title: t('rectification.columns.openedAt'),
      dataIndex: 'openedAt',
      render: formatDateTime,
      responsive: ['xl'],
    },
  ];

  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('rectification.empty') }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { count: total }),
        onChange: onPage,
      }}
    />
  );
}

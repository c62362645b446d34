import { PlusOutlined } from '@ant-design/icons';
import { Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminMatters } from '../../api/catalogueAdmin';
import { type AdminMatterItem, type MatterStatus, matterStatuses } from '../../api/catalogueTypes';
import { useDepartments } from '../../api/directory';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { MatterStatusTag } from './MatterStatusTag';

/** Every matter the account may maintain (a maintainer sees their department's only), latest version each. */
export default function MatterListPage() {
  const { t } = useTranslation();
  const searchId = useId();
  const statusId = useId();
  const matters = useAdminMatters();
  const departments = useDepartments();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MatterStatus | ''>('');

  const departmentName = useMemo(
    () => new Map((departments.data ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );
  const needle = q.trim().toLowerCase();
  const shown = (matters.data ?? []).filter(
    (m) =>
      (!status || m.status === status) &&
      (!needle || m.name.toLowerCase().includes(needle) || m.code.toLowerCase().includes(needle)),
  );

  const columns: TableColumnsType<AdminMatterItem> = [
    {
      key: 'name',
      title: t('matters.name'),
      render: (_, m) => <Link to={`/admin/matters/${m.code}`}>{m.name}</Link>,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    },
    { key: 'code', title: t('matters.code'), dataIndex: 'code', responsive: ['sm'] },
    {
      key: 'department',
      title: t('matters.department'),
      render: (_, m) => departmentName.get(m.departmentId) ?? t('common.none'),
      responsive: ['lg'],
    },
    {
      key: 'version',
      title: t('matters.version'),
      render: (_, m) => t('matters.versionValue', { version: m.version }),
      responsive: ['md'],
    },
    {
      key: 'status',
      title: t('matters.status'),
      render: (_, m) => <MatterStatusTag status={m.status} />,
    },
    {
      key: 'createdAt',
      title: t('matters.updatedAt'),
      render: (_, m) => formatDateTime(m.createdAt),
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      responsive: ['xl'],
    },
  ];

  return (
    <>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('matters.title')}
        </Typography.Title>
        <LinkButton to="/admin/matters/new" type="primary" icon={<PlusOutlined />}>
          {t('matters.create')}
        </LinkButton>
      </div>
      <div className="filter-bar admin-filters">
        <div className="filter-field">
          <label htmlFor={searchId}>{t('matters.searchLabel')}</label>
          <Input
            id={searchId}
            allowClear
            value={q}
            placeholder={t('matters.searchPlaceholder')}
            onChange={(event) => setQ(event.target.value)}
            className="admin-search"
          />
        </div>
        <div className="filter-field">
          <label htmlFor={statusId}>{t('matters.statusFilter')}</label>
          <Select
            id={statusId}
            value={status}
            onChange={setStatus}
            className="admin-status-filter"
            options={[
              { value: '', label: t('matters.statusAll') },
              ...matterStatuses.map((s) => ({ value: s, label: t(`vocab.status.${s}`) })),
            ]}
          />
        </div>
      </div>
      {matters.isError && <QueryError error={matters.error} onRetry={() => void matters.refetch()} />}
      <Table
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={matters.isPending}
        locale={{ emptyText: t('matters.empty') }}
        pagination={{
          pageSize: 20,
          showTotal: (total) => t('common.total', { count: total }),
          showSizeChanger: false,
        }}
      />
    </>
  );
}

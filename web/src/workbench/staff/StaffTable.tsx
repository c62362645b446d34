import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResetTotp } from '../../api/staff';
import type { Page, Staff, TotpSecret } from '../../api/types';
import { formatDate } from '../../shared/format';
import { problemOf } from '../../shared/problem';
import { RoleTags } from '../../shared/RoleTags';

interface Props {
  data: Page<Staff> | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (staff: Staff) => void;
  onTotpReset: (staff: Staff, secret: TotpSecret) => void;
}

export function StaffTable({ data, loading, onPage, onEdit, onTotpReset }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const resetTotp = useResetTotp();
  const none = t('common.none');

  const columns: TableColumnsType<Staff> = [
    { key: 'username', title: t('fields.username'), dataIndex: 'username' },
    { key: 'name', title: t('fields.name'), dataIndex: 'name' },
    { key: 'department', title: t('fields.department'), dataIndex: 'departmentName', responsive: ['md'] },
    {
      key: 'serviceCenter',
      title: t('fields.serviceCenter'),
      dataIndex: 'serviceCenterName',
      render: (value: string | null) => value ?? none,
      responsive: ['lg'],
    },
    {
      key: 'roles',
      title: t('fields.roles'),
      dataIndex: 'roles',
      render: (roles: Staff['roles']) => <RoleTags roles={roles} />,
      responsive: ['md'],
    },
    {
      key: 'status',
      title: t('fields.status'),
      dataIndex: 'status',
      render: (status: Staff['status']) =>
        status === 'active' ? (
          <Tag color="green">{t('staff.statusActive')}</Tag>
        ) : (
          <Tag>{t('staff.statusDisabled')}</Tag>
        ),
    },
    {
      key: 'mobile',
      title: t('fields.mobile'),
      dataIndex: 'maskedMobile',
      render: (value: string | null) => value ?? none,
      responsive: ['xl'],
    },
    {
      key: 'createdAt',
      title: t('staff.createdAt'),
      dataIndex: 'createdAt',
      render: formatDate,
      responsive: ['xl'],
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, staff) => (
        <Space size={4} wrap>
          <Button size="small" onClick={() => onEdit(staff)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('staff.resetTotpConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              resetTotp.mutateAsync(staff.id).then(
                (secret) => onTotpReset(staff, secret),
                (error: unknown) => message.error(problemOf(error).title),
              )
            }
          >
            <Button size="small">{t('staff.resetTotp')}</Button>
          </Popconfirm>
        </Space>
      ),
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

import './licenses.css';
import { Button, Grid, Segmented, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { LicenseStatusTag, validityOf } from '../../portal/licenses/LicenseStatusTag';
import { formatDate } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { SearchField } from '../../shared/SearchField';
import {
  actionsFor,
  type DepartmentLicense,
  LICENSE_FILTER_STATUSES,
  type StatusAction,
  useDepartmentLicenses,
  useLicenseListParams,
} from './api';
import { StatusChangeDialog } from './StatusChangeDialog';

/** Those who decide in the issuing department may change a licence's status (license.change_status). */
const DECIDERS = ['approver', 'dept_head'] as const;

/**
 * 证照管理: the licences the department issued (every department's for oversight), found by
 * number, application or holder; those who decide revoke, suspend or reinstate one with a reason.
 */
export default function LicensesPage() {
  const { t } = useTranslation();
  const statusId = useId();
  const session = useSession();
  const mayDecide = DECIDERS.some((role) => session.data?.account.roles.includes(role));
  const { params, update } = useLicenseListParams();
  const list = useDepartmentLicenses(params);
  // On a phone the licence's type and holder go under its number: status and actions stay in view.
  const wide = Grid.useBreakpoint().md;
  const [change, setChange] = useState<{ license: DepartmentLicense; action: StatusAction } | null>(null);

  const actions = (l: DepartmentLicense) =>
    mayDecide && actionsFor(l.status).length > 0 ? (
      <Space size={4} wrap>
        {actionsFor(l.status).map((action) => (
          <Button
            key={action}
            size="small"
            danger={action === 'revoke'}
            aria-label={t(`licenseAdmin.actionLabel.${action}`, { licenseNo: l.licenseNo })}
            onClick={() => setChange({ license: l, action })}
          >
            {t(`licenseAdmin.action.${action}`)}
          </Button>
        ))}
      </Space>
    ) : null;

  const columns: TableColumnsType<DepartmentLicense> = [
    {
      key: 'licenseNo',
      title: t('licenseAdmin.columns.licenseNo'),
      dataIndex: 'licenseNo',
      render: (no: string, l) => (
        <>
          <span className="mono">{no}</span>
          {!wide && <div className="license-admin-sub">{`${l.typeName} · ${l.holder}`}</div>}
        </>
      ),
    },
    { key: 'type', title: t('licenseAdmin.columns.type'), dataIndex: 'typeName', responsive: ['md'] },
    { key: 'holder', title: t('licenseAdmin.columns.holder'), dataIndex: 'holder', responsive: ['md'] },
    {
      key: 'status',
      title: t('licenseAdmin.columns.status'),
      render: (_, l) => (
        <>
          <div className="license-admin-status">
            <LicenseStatusTag status={l.status} />
            {l.statusReason && <span className="license-admin-reason">{l.statusReason}</span>}
          </div>
          {!wide && actions(l)}
        </>
      ),
    },
    {
      key: 'validity',
      title: t('licenseAdmin.columns.validity'),
      render: (_, l) => validityOf(t, l.validFrom, l.validUntil),
      responsive: ['lg'],
    },
    {
      key: 'application',
      title: t('licenseAdmin.columns.application'),
      render: (_, l) => (
        <>
          <span className="mono">{l.applicationNo}</span>
          <div className="license-admin-issued">{t('wallet.issuedOn', { date: formatDate(l.issuedAt) })}</div>
        </>
      ),
      responsive: ['xl'],
    },
    // On a phone the actions sit under the status.
    ...(mayDecide && wide
      ? [
          {
            key: 'actions',
            title: t('licenseAdmin.columns.actions'),
            render: (_: unknown, l: DepartmentLicense) => actions(l),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('licenseAdmin.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(mayDecide ? 'licenseAdmin.intro' : 'licenseAdmin.introReadOnly')}
      </Typography.Paragraph>
      <div className="filter-bar">
        <SearchField
          label={t('licenseAdmin.searchLabel')}
          placeholder={t('licenseAdmin.searchPlaceholder')}
          value={params.q}
          maxLength={40}
          onSearch={(q) => update({ q })}
        />
        <div className="filter-field">
          <span id={statusId}>{t('licenseAdmin.statusFilter')}</span>
          <Segmented
            aria-labelledby={statusId}
            value={params.status ?? ''}
            onChange={(status) => update({ status: String(status) })}
            options={[
              { value: '', label: t('licenseAdmin.all') },
              ...LICENSE_FILTER_STATUSES.map((s) => ({ value: s, label: t(`licenseStatus.${s}`) })),
            ]}
          />
        </div>
      </div>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table
        rowKey="id"
        size="middle"
        className="license-admin-table"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching && !list.data}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('licenseAdmin.empty') }}
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => update({ page: String(page), pageSize: String(pageSize) }),
        }}
      />
      <StatusChangeDialog change={change} onClose={() => setChange(null)} />
    </>
  );
}

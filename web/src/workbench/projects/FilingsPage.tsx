import './projects.css';
import { Segmented, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type FilingRole, type FilingSummary, useFilings } from '../../api/projects';
import { useSession } from '../../api/session';
import { formatDateTime } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { ClockText } from './ClockText';
import { FilingStatusTag } from './FilingStatusTag';

type Status = 'open' | 'closed';

/** 工程建设项目审批: the stage filings my department leads, those it has a matter in, or (supervisors) all. */
export default function FilingsPage() {
  const { t } = useTranslation();
  const roles = useSession().data!.account.roles;
  const supervisor = roles.includes('supervisor');
  const [params, setParams] = useSearchParams();
  const role = (params.get('role') as FilingRole | null) ?? (supervisor ? 'all' : 'lead');
  const status = (params.get('status') as Status | null) ?? 'open';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filings = useFilings({ role, status, page });
  const set = (next: Record<string, string>) => setParams({ role, status, ...next });
  const roleTabs: FilingRole[] = supervisor ? ['all'] : ['lead', 'department'];

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('projects.menu.workbench')}
      </Typography.Title>
      <Tabs
        activeKey={role}
        onChange={(next) => set({ role: next, page: '1' })}
        items={roleTabs.map((r) => ({ key: r, label: t(`projects.workbench.roles.${r}`) }))}
      />
      <Segmented<Status>
        className="block-gap"
        value={status}
        onChange={(next) => set({ status: next, page: '1' })}
        options={[
          { value: 'open', label: t('projects.workbench.open') },
          { value: 'closed', label: t('projects.workbench.closed') },
        ]}
      />
      {filings.isError && <QueryError error={filings.error} onRetry={() => void filings.refetch()} />}
      <Table<FilingSummary>
        size="small"
        rowKey="id"
        loading={filings.isLoading}
        dataSource={filings.data?.items}
        locale={{ emptyText: t('projects.workbench.empty') }}
        scroll={{ x: 900 }}
        pagination={
          filings.data && filings.data.total > filings.data.pageSize
            ? {
                current: filings.data.page,
                pageSize: filings.data.pageSize,
                total: filings.data.total,
                showSizeChanger: false,
                onChange: (next) => set({ page: String(next) }),
              }
            : false
        }
        columns={[
          {
            key: 'project',
            title: t('projects.workbench.project'),
            render: (_, f) => (
              <span className="stage-matter">
                <Link to={`/workbench/projects/filings/${f.id}`}>{f.projectName}</Link>
                <Typography.Text type="secondary" className="project-meta">
                  {f.filingNo}
                </Typography.Text>
              </span>
            ),
          },
          { key: 'stage', title: t('projects.workbench.stage'), dataIndex: 'stageName', width: 150 },
          {
            key: 'lead',
            title: t('projects.workbench.lead'),
            render: (_, f) => f.leadDepartment.name,
            width: 170,
          },
          {
            key: 'status',
            title: t('projects.filing.status'),
            width: 100,
            render: (_, f) => <FilingStatusTag status={f.status} />,
          },
          {
            key: 'decided',
            title: t('projects.workbench.decided'),
            width: 90,
            align: 'right',
            render: (_, f) => `${f.decidedCount}/${f.matterCount}`,
          },
          {
            key: 'clock',
            title: t('projects.filing.clock'),
            width: 170,
            render: (_, f) => <ClockText clock={f.clock} />,
          },
          {
            key: 'submitted',
            title: t('projects.workbench.submitted'),
            width: 140,
            render: (_, f) => formatDateTime(f.submittedAt),
          },
        ]}
      />
    </>
  );
}

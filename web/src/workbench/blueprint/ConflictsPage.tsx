import { Alert, Button, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type ConflictStatus,
  type ConflictSummary,
  type ScanResult,
  useConflicts,
  useScanConflicts,
} from '../../api/blueprint';
import { useSession } from '../../api/session';
import { formatDate } from '../../shared/format';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { useMeasures } from './measures';
import { useConflictKind } from './words';

type Filter = ConflictStatus | 'all';
const PAGE_SIZE = 20;

/**
 * 冲突协调: where two departments' plans contradict each other (farmland inside the development
 * boundary, a red line under a construction parcel), one case per pair, answered by every
 * department involved and then decided. The administrator scans all layers for new ones.
 */
export default function ConflictsPage() {
  const { t } = useTranslation();
  const { m2 } = useMeasures();
  const kindOf = useConflictKind();
  const session = useSession();
  const [filter, setFilter] = useState<Filter>('open');
  const [page, setPage] = useState(1);
  const list = useConflicts({ ...(filter === 'all' ? {} : { status: filter }), page, pageSize: PAGE_SIZE });
  const scan = useScanConflicts();
  const [scanned, setScanned] = useState<ScanResult | null>(null);
  const mayScan = session.data?.account.roles.includes('sys_admin');

  const columns: TableColumnsType<ConflictSummary> = [
    {
      key: 'kind',
      title: t('conflicts.columns.kind'),
      render: (_, c) => (
        <>
          <Link to={c.id}>{kindOf(c.kind)}</Link>
          <Typography.Text type="secondary" className="blueprint-result-department">
            <div>{c.a.featureName ? `${c.a.layer.name} · ${c.a.featureName}` : c.a.layer.name}</div>
            <div>{c.b.featureName ? `${c.b.layer.name} · ${c.b.featureName}` : c.b.layer.name}</div>
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'departments',
      title: t('conflicts.columns.departments'),
      render: (_, c) => c.departments.map((d) => d.name).join('、'),
      responsive: ['md'],
    },
    {
      key: 'area',
      title: t('conflicts.columns.area'),
      align: 'right',
      render: (_, c) => m2(c.overlapAreaM2),
    },
    {
      key: 'status',
      title: t('conflicts.columns.status'),
      render: (_, c) => (
        <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`conflicts.status.${c.status}`)}</Tag>
      ),
    },
    {
      key: 'opened',
      title: t('conflicts.columns.openedAt'),
      render: (_, c) => formatDate(c.openedAt),
      responsive: ['lg'],
    },
  ];

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('conflicts.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('conflicts.intro')}</Typography.Paragraph>
      <div className="blueprint-conflict-bar">
        <Segmented<Filter>
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setPage(1);
          }}
          options={(['open', 'resolved', 'all'] as const).map((value) => ({
            value,
            label: t(`conflicts.filter.${value}`),
          }))}
        />
        {mayScan && (
          <Button loading={scan.isPending} onClick={() => scan.mutate(undefined, { onSuccess: setScanned })}>
            {t('conflicts.scan')}
          </Button>
        )}
      </div>
      {scanned && (
        <Alert type="success" showIcon className="block-gap" title={t('conflicts.scanned', { ...scanned })} />
      )}
      {scan.isError && <ProblemAlert problem={problemOf(scan.error)} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ConflictSummary>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items}
        columns={columns}
        locale={{ emptyText: t('conflicts.none') }}
        pagination={
          list.data && list.data.total > list.data.pageSize
            ? { current: page, pageSize: PAGE_SIZE, total: list.data.total, onChange: setPage, size: 'small' }
            : false
        }
      />
    </>
  );
}

import { Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRecord, Page } from '../../api/types';
import { formatDateTime } from '../../shared/format';
import { useRoleLabel } from '../../shared/RoleTags';

interface Props {
  data: Page<AuditRecord> | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

const outcomeColors = { success: 'green', failure: 'red', denied: 'orange' } as const;
type Outcome = keyof typeof outcomeColors;
const isOutcome = (value: string): value is Outcome => Object.hasOwn(outcomeColors, value);

export function AuditTable({ data, loading, onPage }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  // The server records an account kind where no role applies (e.g. at login).
  const kindLabels: Record<string, string> = {
    staff: t('account.kindStaff'),
    organization: t('account.kindOrganization'),
  };
  const none = t('common.none');

  const columns: TableColumnsType<AuditRecord> = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { key: 'at', title: t('audit.at'), dataIndex: 'at', render: formatDateTime },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, record) => record.actorName ?? record.actorId ?? none,
    },
    {
      key: 'actorRole',
      title: t('audit.actorRole'),
      dataIndex: 'actorRole',
      render: (role: string | null) => (role ? (kindLabels[role] ?? roleLabel(role)) : none),
      responsive: ['lg'],
    },
    { key: 'action', title: t('audit.action'), dataIndex: 'action', render: (a: string) => <code>{a}</code> },
    {
      key: 'object',
      title: t('audit.object'),
      render: (_, record) =>
        record.objectType ? `${record.objectType}${record.objectId ? ` · ${record.objectId}` : ''}` : none,
      responsive: ['lg'],
    },
    {
      key: 'outcome',
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      // An outcome the web does not know yet still shows, by its code.
      render: (outcome: string) =>
        isOutcome(outcome) ? (
          <Tag color={outcomeColors[outcome]}>{t(`audit.outcomes.${outcome}`)}</Tag>
        ) : (
          <Tag>{outcome}</Tag>
        ),
    },
    {
      key: 'sourceIp',
      title: t('audit.sourceIp'),
      dataIndex: 'sourceIp',
      render: (ip: string | null) => ip ?? none,
      responsive: ['xl'],
    },
  ];

  return (
    <Table
      rowKey="seq"
      size="small"
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

import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgents, useRemoveAgent } from '../../api/agents';
import { isApiError } from '../../api/client';
import type { Agent } from '../../api/types';
import { formatDate } from '../../shared/format';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { AddAgentModal } from './AddAgentModal';

export function AgentsCard({ organization }: { organization: { id: string; name: string } }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const agents = useAgents(organization.id);
  const remove = useRemoveAgent(organization.id);
  const [adding, setAdding] = useState(false);

  // Agents acting for an organisation may not manage its agents; only its legal representative may.
  if (isApiError(agents.error, 403)) return null;

  const columns: TableColumnsType<Agent> = [
    { key: 'name', title: t('fields.name'), dataIndex: 'name' },
    { key: 'idNumber', title: t('fields.idNumber'), dataIndex: 'maskedIdNumber' },
    {
      key: 'grantedAt',
      title: t('account.grantedAt'),
      dataIndex: 'grantedAt',
      render: formatDate,
      responsive: ['md'],
    },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'end',
      render: (_, agent) => (
        <Popconfirm
          title={t('account.removeAgentConfirm', { name: agent.name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove.mutateAsync(agent.personId).then(
              () => message.success(t('account.agentRemoved')),
              (error: unknown) => message.error(problemOf(error).title),
            )
          }
        >
          <Button size="small" danger>
            {t('common.remove')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t('account.agentsTitle')}
      extra={
        <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
          {t('account.addAgent')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('account.agentsIntro', { org: organization.name })}
      </Typography.Paragraph>
      {agents.isError ? (
        <QueryError error={agents.error} onRetry={() => void agents.refetch()} />
      ) : (
        <Table
          rowKey="personId"
          size="small"
          columns={columns}
          dataSource={agents.data}
          loading={agents.isPending}
          pagination={false}
          locale={{ emptyText: t('account.noAgents') }}
        />
      )}
      <AddAgentModal organizationId={organization.id} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

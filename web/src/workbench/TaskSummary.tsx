import { Card, Statistic, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInbox } from '../api/workflow';
import type { InboxParams } from '../api/workflowTypes';

const COUNT_ONLY = { page: 1, pageSize: 1 } as const;

/** One figure of the inbox: the total of a list the clerk can open with one tap. */
function InboxFigure({
  params,
  to,
  label,
  danger,
}: {
  params: InboxParams;
  to: string;
  label: string;
  danger?: boolean;
}) {
  const inbox = useInbox(params);
  const { token } = theme.useToken();
  return (
    <Link to={to} className="task-summary-link">
      <Card size="small" hoverable>
        <Statistic
          title={label}
          value={inbox.data?.total ?? '—'}
          suffix={inbox.data?.totalCapped ? '+' : undefined}
          loading={inbox.isPending}
          valueStyle={danger && inbox.data?.total ? { color: token.colorError } : undefined}
        />
      </Card>
    </Link>
  );
}

/** What waits for this member of staff: their tasks, their department's unclaimed ones, and what is late. */
export function TaskSummary() {
  const { t } = useTranslation();
  return (
    <div className="task-summary block-gap">
      <InboxFigure
        params={{ scope: 'mine', ...COUNT_ONLY }}
        to="/workbench/inbox?scope=mine"
        label={t('workbench.summary.mine')}
      />
      <InboxFigure
        params={{ scope: 'pool', ...COUNT_ONLY }}
        to="/workbench/inbox?scope=pool"
        label={t('workbench.summary.pool')}
      />
      <InboxFigure
        params={{ scope: 'mine', warning: 'red', ...COUNT_ONLY }}
        to="/workbench/inbox?scope=mine&overdue=1"
        label={t('workbench.summary.overdue')}
        danger
      />
    </div>
  );
}

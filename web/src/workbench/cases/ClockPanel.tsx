import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import type { CaseClock, ClockEntry, LimitView } from '../../api/workflowTypes';
import { WarningTag } from './WarningTag';

function LimitText({ limit }: { limit: LimitView }) {
  const { t } = useTranslation();
  const standing =
    limit.overdueWorkingDays > 0
      ? t('cases.clock.overdue', { count: limit.overdueWorkingDays })
      : t('cases.clock.remaining', { count: limit.remainingWorkingDays });
  return (
    <Space orientation="vertical" size={2}>
      <span>
        {t('cases.clock.limit', { count: limit.limitDays })}
        {limit.budgetDays > limit.limitDays &&
          ` · ${t('cases.clock.extendedBy', { count: limit.budgetDays - limit.limitDays })}`}
      </span>
      <strong>{t('cases.clock.deadline', { date: limit.deadline })}</strong>
      <Space size={4} wrap>
        <span className={limit.overdueWorkingDays > 0 ? 'clock-overdue' : undefined}>{standing}</span>
        <WarningTag warning={limit.warning} />
      </Space>
    </Space>
  );
}

function EntryDetail({ entry }: { entry: ClockEntry }) {
  const { t } = useTranslation();
  const me = useSession().data?.account.id;
  switch (entry.type) {
    case 'suspend':
      return (
        <>
          {t('common.labelled', {
            label: t(`cases.vocab.suspensionReason.${entry.reason}`),
            text: entry.text,
          })}
        </>
      );
    case 'resume':
      return <>{entry.note ?? ''}</>;
    case 'extend':
      return (
        <>
          {t('cases.clock.extendDetail', {
            count: entry.workingDays,
            reason: entry.reason,
            // The ledger names the approving head by account id: the head of department is who it is.
            name: entry.approvedBy === me ? t('cases.page.actor.me') : t('cases.page.actor.head'),
          })}
        </>
      );
    default:
      return null;
  }
}

/** 承诺时限 and 法定时限 as the server projects them today, and the ledger of suspensions and extensions. */
export function ClockPanel({ clock }: { clock: CaseClock | null }) {
  const { t } = useTranslation();
  if (!clock)
    return (
      <Card title={t('cases.clock.title')} className="block-gap" size="small">
        <Typography.Text type="secondary">{t('cases.clock.notStarted')}</Typography.Text>
      </Card>
    );
  const state = clock.stopped ? (
    <Tag>{t('cases.clock.stopped')}</Tag>
  ) : clock.suspended ? (
    <Tag color="warning">{t('cases.clock.suspended')}</Tag>
  ) : (
    <Tag color="processing">{t('cases.clock.running')}</Tag>
  );
  return (
    <Card title={t('cases.clock.title')} extra={state} className="block-gap" size="small">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'promised',
            label: t('cases.clock.promised'),
            children: <LimitText limit={clock.promised} />,
          },
          { key: 'legal', label: t('cases.clock.legal'), children: <LimitText limit={clock.legal} /> },
          {
            key: 'start',
            label: t('cases.clock.startDate'),
            children: <span className="mono">{clock.startDate}</span>,
          },
        ]}
      />
      <Typography.Title level={3} className="panel-subtitle">
        {t('cases.clock.ledger')}
      </Typography.Title>
      {clock.entries.length === 0 ? (
        <Typography.Text type="secondary">{t('cases.clock.noEntries')}</Typography.Text>
      ) : (
        <ol className="clock-ledger">
          {clock.entries.map((entry, i) => (
            // The ledger is append-only: an entry's place is its identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <span className="mono">{entry.date}</span>{' '}
              <Tag>{t(`cases.vocab.clockEntry.${entry.type}`)}</Tag>
              <EntryDetail entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

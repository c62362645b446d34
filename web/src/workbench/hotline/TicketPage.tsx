import './hotline.css';
import { ArrowLeftOutlined, EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type CommandType, useTaxonomyNames } from '../../portal/hotline/api';
import { LazyPointMap } from '../../portal/hotline/PointMapLazy';
import { formatDateTime } from '../../shared/format';
import { PageLoading } from '../../shared/PageLoading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { type TicketDetail, useRevealCaller, useTicket } from './api';
import { CommandModal } from './CommandModal';
import { DueText, TicketTags } from './TicketTags';
import { TicketTimeline } from './TicketTimeline';
import { useCommandRunner } from './useCommandRunner';

// The steps a visitor most often comes for stand out.
const PRIMARY = new Set<CommandType>([
  'dispatch',
  'sign',
  'reassign',
  'reply',
  'followUp',
  'decideExtension',
]);

function Caller({ view }: { view: TicketDetail }) {
  const { t } = useTranslation();
  const reveal = useRevealCaller(view.ticketNo);
  const shown = reveal.data;
  const masked = [view.caller.name, view.caller.phone].filter(Boolean).join(' ');
  return (
    <Space size={4} wrap>
      <span>{shown ? [shown.name, shown.phone].filter(Boolean).join(' ') || '—' : masked || '—'}</span>
      {view.caller.anonymous && (
        <Typography.Text type="warning">{t('hotline.detail.confidential')}</Typography.Text>
      )}
      {view.caller.registered && (
        <Typography.Text type="secondary">{t('hotline.detail.registered')}</Typography.Text>
      )}
      {!shown && masked && (
        // Every look at a caller's identity is audited: it is asked for, not shown by default.
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate()}
        >
          {t('hotline.detail.revealCaller')}
        </Button>
      )}
      {reveal.isError && <Typography.Text type="danger">{problemOf(reveal.error).title}</Typography.Text>}
    </Space>
  );
}

function ActionBar({ view }: { view: TicketDetail }) {
  const { t } = useTranslation();
  const runner = useCommandRunner(view);
  const [active, setActive] = useState<CommandType | null>(null);
  return (
    <Card title={t('hotline.detail.actions')} size="small" className="block-gap ticket-actions">
      {view.actions.length === 0 ? (
        <Typography.Text type="secondary">{t('hotline.detail.noActions')}</Typography.Text>
      ) : (
        <Space wrap>
          {view.actions.map((type) => (
            <Button
              key={type}
              type={PRIMARY.has(type) ? 'primary' : 'default'}
              danger={type === 'return'}
              onClick={() => setActive(type)}
            >
              {t(`hotline.commands.${type}`)}
            </Button>
          ))}
        </Space>
      )}
      {active && <CommandModal type={active} view={view} runner={runner} onClose={() => setActive(null)} />}
    </Card>
  );
}

function Details({ view }: { view: TicketDetail }) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const { lng, lat } = view.location;
  const rows: { key: string; label: string; children: React.ReactNode; hidden?: boolean }[] = [
    {
      key: 'type',
      label: t('hotline.fields.type'),
      children: `${names.type(view.type)} · ${names.subject(view.subject)}`,
    },
    { key: 'urgency', label: t('hotline.fields.urgency'), children: names.urgency(view.urgency) },
    { key: 'channel', label: t('hotline.fields.channel'), children: names.channel(view.channel) },
    { key: 'caller', label: t('hotline.fields.caller'), children: <Caller view={view} /> },
    {
      key: 'address',
      label: t('hotline.fields.address'),
      children: `${names.district(view.location.districtCode)} ${view.location.address}`,
    },
    {
      key: 'point',
      label: t('hotline.fields.point'),
      children: t('hotline.detail.point', { east: lng, north: lat }),
      hidden: lng === null || lat === null,
    },
    { key: 'created', label: t('hotline.fields.createdAt'), children: formatDateTime(view.createdAt) },
    { key: 'due', label: t('hotline.fields.due'), children: <DueText item={view} /> },
    { key: 'lead', label: t('hotline.fields.leadUnit'), children: view.leadUnit?.name ?? '—' },
    {
      key: 'assisting',
      label: t('hotline.fields.assistingUnits'),
      children: view.assistingUnits.map((u) => u.name).join(t('common.listSeparator')),
      hidden: view.assistingUnits.length === 0,
    },
    {
      key: 'returnUntil',
      label: t('hotline.fields.returnUntil'),
      children: view.returnRefused ? t('hotline.detail.returnRefused') : view.returnUntil,
      hidden: !view.returnUntil || !['dispatched', 'in_progress'].includes(view.status),
    },
    {
      key: 'extended',
      label: t('hotline.fields.extendedDays'),
      children: t('hotline.detail.days', { count: view.extendedDays }),
      hidden: view.extendedDays === 0,
    },
    {
      key: 'satisfaction',
      label: t('hotline.fields.satisfaction'),
      children: names.followUp(view.satisfaction),
      hidden: !view.satisfaction,
    },
    {
      key: 'closed',
      label: t('hotline.fields.closedAt'),
      children: formatDateTime(view.closedAt),
      hidden: !view.closedAt,
    },
  ];
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        className="block-gap ticket-details"
        items={rows.filter((r) => !r.hidden).map(({ hidden: _, ...r }) => r)}
      />
      {lng !== null && lat !== null && (
        <div className="block-gap">
          <LazyPointMap label={t('hotline.map.show')} point={{ lng, lat }} />
        </div>
      )}
    </>
  );
}

export default function TicketPage() {
  const { t } = useTranslation();
  const { ticketNo = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const ticket = useTicket(ticketNo);
  const names = useTaxonomyNames();
  const view = ticket.data;
  const back =
    from ??
    (location.pathname.startsWith('/workbench/hotline/unit')
      ? '/workbench/hotline/unit'
      : '/workbench/hotline/orders');

  if (ticket.isError && !view)
    return <QueryError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  if (!view) return <PageLoading />;

  return (
    <>
      <Link to={back} className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('hotline.detail.back')}
      </Link>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('hotline.detail.title', { no: view.ticketNo })}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => void ticket.refetch()} loading={ticket.isFetching}>
          {t('hotline.detail.reload')}
        </Button>
      </div>
      <div className="block-gap">
        <TicketTags item={view} />
      </div>
      {ticket.isError && <ProblemAlert problem={problemOf(ticket.error)} />}
      {view.extension && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          title={t('hotline.detail.extensionPending', { days: view.extension.workingDays })}
          description={view.extension.reason}
        />
      )}
      {view.redirect && (
        <Alert
          type="info"
          showIcon
          className="block-gap"
          title={t('hotline.detail.redirected', { target: names.redirect(view.redirect.target) })}
          description={view.redirect.wording}
        />
      )}
      {view.mergedInto && (
        <Alert
          type="info"
          showIcon
          className="block-gap"
          title={t('hotline.detail.mergedInto', { no: view.mergedInto })}
        />
      )}
      {view.mergedFrom.length > 0 && (
        <Alert
          type="info"
          showIcon
          className="block-gap"
          title={t('hotline.detail.mergedFrom', { list: view.mergedFrom.join(t('common.listSeparator')) })}
        />
      )}
      <ActionBar view={view} />
      <Details view={view} />
      <Card title={t('hotline.fields.content')} size="small" className="block-gap">
        <Typography.Paragraph className="ticket-content">{view.content}</Typography.Paragraph>
        {view.answer && (
          <Alert type="success" showIcon title={t('hotline.detail.answer')} description={view.answer} />
        )}
      </Card>
      <TicketTimeline entries={view.timeline} />
    </>
  );
}

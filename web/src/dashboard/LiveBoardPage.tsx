import '../workbench/hotline/hotline.css';
import './dashboard.css';
import { Alert, Badge, Card, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../api/session';
import { formatLongDate } from '../shared/format';
import { PageLoading } from '../shared/PageLoading';
import { useKindLabel } from '../workbench/hotline/labels';
import { StatusTag } from '../workbench/hotline/TicketTags';
import type { Change } from './api';
import { barOption, ChartCard, summaryOf } from './Chart';
import { Figures } from './Figures';
import { useFigureNames } from './useFigureNames';
import { type LiveStatus, useLiveFeed } from './useLiveFeed';

/** The time of day in Foshan, to the second: the board's pace. */
const clock = (at: string | Date) => dayjs(at).tz('Asia/Shanghai').format('HH:mm:ss');

const BADGE: Record<LiveStatus, 'processing' | 'warning' | 'error' | 'default'> = {
  connecting: 'default',
  open: 'processing',
  reconnecting: 'warning',
  closed: 'error',
};

function ChangeRow({ change }: { change: Change & { fresh: boolean } }) {
  const { t } = useTranslation();
  const { names } = useFigureNames();
  const kindLabel = useKindLabel();
  // Only the centre opens any order; others see the number.
  const roles = useSession().data?.account.roles ?? [];
  const number =
    roles.includes('hotline_operator') || roles.includes('supervisor') ? (
      <Link to={`/workbench/hotline/orders/${change.ticketNo}`} className="ticket-no">
        {change.ticketNo}
      </Link>
    ) : (
      <span className="ticket-no">{change.ticketNo}</span>
    );
  return (
    <List.Item className={change.fresh ? 'live-change live-new' : 'live-change'}>
      <time className="live-time" dateTime={change.at}>
        {clock(change.at)}
      </time>
      <Space size={[6, 2]} wrap className="live-what">
        <Typography.Text strong>{kindLabel(change.kind)}</Typography.Text>
        {number}
        <span>
          {names.type(change.type)} · {names.subject(change.subject)}
        </span>
        <Typography.Text type="secondary">{names.district(change.districtCode)}</Typography.Text>
        <StatusTag status={change.status} />
        {change.fresh && <Tag color="blue">{t('dashboard.live.new')}</Tag>}
      </Space>
    </List.Item>
  );
}

/** 12345 实时看板: today's figures and every step as it happens, without reloading. */
export default function LiveBoardPage() {
  const { t, i18n } = useTranslation();
  const feed = useLiveFeed();
  const f = useFigureNames();
  const snapshot = feed.snapshot;
  const byType = snapshot ? f.byType(snapshot) : [];
  const byDistrict = snapshot ? f.byDistrict(snapshot) : [];

  return (
    <>
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('dashboard.live.title')}
        </Typography.Title>
        <Space size={12} wrap>
          <Badge status={BADGE[feed.status]} text={t(`dashboard.live.status.${feed.status}`)} />
          {feed.updatedAt && (
            <Typography.Text type="secondary">
              {t('dashboard.live.updatedAt', { time: clock(feed.updatedAt) })}
            </Typography.Text>
          )}
        </Space>
      </div>
      {feed.status === 'closed' && (
        <Alert type="error" showIcon className="block-gap" title={t('dashboard.live.closed')} />
      )}
      {feed.gap && <Alert type="warning" showIcon className="block-gap" title={t('dashboard.live.gap')} />}
      {!snapshot ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('dashboard.live.today', { date: formatLongDate(snapshot.to, i18n.language) })}
          </Typography.Paragraph>
          <section aria-label={t('dashboard.live.figuresLabel')} className="live-figures">
            <Figures data={snapshot} />
          </section>
          <div className="live-layout">
            <Card title={t('dashboard.live.changes')} size="small" className="live-changes">
              <List
                size="small"
                aria-live="polite"
                locale={{ emptyText: t('dashboard.live.noChanges') }}
                dataSource={feed.changes}
                renderItem={(change) => <ChangeRow key={change.id} change={change} />}
              />
            </Card>
            <div className="live-charts">
              <ChartCard
                title={t('dashboard.charts.byType')}
                summary={summaryOf(byType, f.separator)}
                empty={byType.length === 0}
                option={barOption(byType, true)}
                height={240}
              />
              <ChartCard
                title={t('dashboard.charts.byDistrict')}
                summary={summaryOf(byDistrict, f.separator)}
                empty={byDistrict.length === 0}
                option={barOption(byDistrict, true)}
                height={240}
              />
            </div>
          </div>
        </>
      )}
    </>
  );
}

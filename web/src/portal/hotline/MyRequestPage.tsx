import './hotline.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Result, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime } from '../../shared/format';
import { PageLoading } from '../../shared/PageLoading';
import { QueryError } from '../../shared/QueryError';
import { useMyTicket, useTaxonomyNames } from './api';
import { MyStatusTag } from './MyStatusTag';

/** One of my requests: what I said, who handles it, the replies, and how I rated them. */
export default function MyRequestPage() {
  const { t } = useTranslation();
  const { ticketNo = '' } = useParams();
  const filed = (useLocation().state as { filed?: boolean } | null)?.filed === true;
  const names = useTaxonomyNames();
  const ticket = useMyTicket(ticketNo);
  const view = ticket.data;

  if (ticket.isError) return <QueryError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  if (!view) return <PageLoading />;
  const days = names.taxonomy?.types.find((x) => x.code === view.type)?.handlingDays;

  return (
    <div className="page page-medium">
      <Link to="/my/hotline" className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('myHotline.back')}
      </Link>
      {filed && (
        <Result
          status="success"
          className="filed-result"
          title={t('myHotline.filed.title')}
          subTitle={
            <>
              <span className="filed-number">{t('myHotline.filed.number', { no: view.ticketNo })}</span>
              {days !== undefined && <span>{t('myHotline.filed.promise', { days })}</span>}
            </>
          }
        />
      )}
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {names.type(view.type)} · {names.subject(view.subject)}
        </Typography.Title>
        <MyStatusTag status={view.status} />
      </div>
      <Descriptions
        column={1}
        size="small"
        bordered
        className="block-gap"
        items={[
          {
            key: 'no',
            label: t('myHotline.number'),
            children: <span className="my-ticket-no">{view.ticketNo}</span>,
          },
          { key: 'created', label: t('myHotline.createdAt'), children: formatDateTime(view.createdAt) },
          {
            key: 'place',
            label: t('hotline.fields.address'),
            children: `${names.district(view.districtCode)} ${view.address}`,
          },
          { key: 'unit', label: t('myHotline.unit'), children: view.leadUnit ?? t('myHotline.unitPending') },
          ...(view.satisfaction
            ? [
                {
                  key: 'satisfaction',
                  label: t('myHotline.satisfaction'),
                  children: names.followUp(view.satisfaction),
                },
              ]
            : []),
          ...(view.closedAt
            ? [{ key: 'closed', label: t('myHotline.closedAt'), children: formatDateTime(view.closedAt) }]
            : []),
        ]}
      />
      <Card title={t('hotline.fields.content')} size="small" className="block-gap">
        <Typography.Paragraph className="pre-wrap">{view.content}</Typography.Paragraph>
      </Card>
      <Card title={t('myHotline.replies')} size="small" className="block-gap">
        {view.replies.length === 0 ? (
          <Typography.Text type="secondary">{t('myHotline.noReplies')}</Typography.Text>
        ) : (
          <Timeline
            items={view.replies.map((r) => ({
              key: r.at,
              content: (
                <>
                  <Typography.Text type="secondary">
                    {[formatDateTime(r.at), r.unit].filter(Boolean).join(' · ')}
                  </Typography.Text>
                  <Typography.Paragraph className="pre-wrap">{r.content}</Typography.Paragraph>
                </>
              ),
            }))}
          />
        )}
      </Card>
    </div>
  );
}

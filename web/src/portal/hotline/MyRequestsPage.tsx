import './hotline.css';
import { PlusOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { cardPagination } from '../../shared/cardPagination';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { useMyTickets, useTaxonomyNames } from './api';
import { MyStatusTag } from './MyStatusTag';

/** 我的 12345 诉求: what a person reported online, newest first, and the way to report more. */
export default function MyRequestsPage() {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const tickets = useMyTickets(page);
  const data = tickets.data;

  return (
    <div className="page page-medium">
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('myHotline.title')}
        </Typography.Title>
        <LinkButton to="/my/hotline/new" type="primary" icon={<PlusOutlined />}>
          {t('myHotline.new')}
        </LinkButton>
      </div>
      <Typography.Paragraph type="secondary">{t('myHotline.intro')}</Typography.Paragraph>
      {tickets.isError && <QueryError error={tickets.error} onRetry={() => void tickets.refetch()} />}
      <List
        className="my-hotline-list"
        loading={tickets.isLoading}
        locale={{ emptyText: t('myHotline.empty') }}
        dataSource={data?.items}
        pagination={cardPagination(data, (next) => setParams(next > 1 ? { page: String(next) } : {}))}
        renderItem={(item) => (
          <List.Item key={item.ticketNo}>
            <Link
              to={`/my/hotline/${item.ticketNo}`}
              className="my-hotline-card"
              aria-label={t('myHotline.open', { no: item.ticketNo })}
            >
              <span className="my-hotline-head">
                <Typography.Text strong>
                  {names.type(item.type)} · {names.subject(item.subject)}
                </Typography.Text>
                <MyStatusTag status={item.status} />
              </span>
              <Typography.Text type="secondary" ellipsis>
                {item.excerpt}
              </Typography.Text>
              <Typography.Text type="secondary" className="my-hotline-meta">
                {item.ticketNo} · {formatDateTime(item.createdAt)}
              </Typography.Text>
            </Link>
          </List.Item>
        )}
      />
    </div>
  );
}

import './planning.css';
import { PlusOutlined } from '@ant-design/icons';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePlannings } from '../../api/blueprint';
import { useProjectCategories } from '../../api/projects';
import { cardPagination } from '../../shared/cardPagination';
import { formatDate } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { RESULT_COLOR } from './PlanningParts';

const PAGE_SIZE = 20;

/** 我的项目策划: the plans of the organisation the account acts for, newest first. */
export default function MyPlanningsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const plannings = usePlannings({ page, pageSize: PAGE_SIZE });
  const categories = useProjectCategories();
  const categoryName = (code: string) => categories.data?.items.find((c) => c.code === code)?.name ?? code;
  const data = plannings.data;

  return (
    <div className="page page-medium">
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('planning.mine.title')}
        </Typography.Title>
        <LinkButton to="/my/plannings/new" type="primary" icon={<PlusOutlined />}>
          {t('planning.mine.new')}
        </LinkButton>
      </div>
      <Typography.Paragraph type="secondary">{t('planning.mine.intro')}</Typography.Paragraph>
      {plannings.isError && <QueryError error={plannings.error} onRetry={() => void plannings.refetch()} />}
      <List
        loading={plannings.isLoading}
        locale={{ emptyText: t('planning.mine.empty') }}
        dataSource={data?.items}
        pagination={cardPagination(data, (next) => setParams(next > 1 ? { page: String(next) } : {}))}
        renderItem={(item) => {
          const pending = item.preOpinions.filter((p) => p.status === 'pending').length;
          return (
            <List.Item key={item.id}>
              <Link to={`/my/plannings/${item.id}`} className="planning-card">
                <Typography.Text strong>{item.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {categoryName(item.categoryCode)} ·{' '}
                  {t('planning.mine.createdOn', { date: formatDate(item.createdAt) })}
                </Typography.Text>
                <span>
                  <Tag color={RESULT_COLOR[item.result]}>{t(`blueprint.verdict.${item.result}`)}</Tag>
                  <Typography.Text type="secondary">
                    {pending > 0
                      ? t('planning.mine.pending', { count: pending })
                      : t('planning.mine.allAnswered')}
                  </Typography.Text>
                </span>
              </Link>
            </List.Item>
          );
        }}
      />
    </div>
  );
}

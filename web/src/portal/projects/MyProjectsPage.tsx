import './projects.css';
import { PlusOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useProjects } from '../../api/projects';
import { cardPagination } from '../../shared/cardPagination';
import { formatDate } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';

/** 我的项目: the construction projects of the organisation the account is or acts for. */
export default function MyProjectsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const projects = useProjects({ page });
  const data = projects.data;

  return (
    <div className="page page-medium">
      <div className="page-head">
        <Typography.Title level={1} className="page-title">
          {t('projects.mine.title')}
        </Typography.Title>
        <LinkButton to="/my/projects/new" type="primary" icon={<PlusOutlined />}>
          {t('projects.mine.register')}
        </LinkButton>
      </div>
      <Typography.Paragraph type="secondary">{t('projects.mine.intro')}</Typography.Paragraph>
      {projects.isError && <QueryError error={projects.error} onRetry={() => void projects.refetch()} />}
      <List
        loading={projects.isLoading}
        locale={{ emptyText: t('projects.mine.empty') }}
        dataSource={data?.items}
        pagination={cardPagination(data, (next) => setParams(next > 1 ? { page: String(next) } : {}))}
        renderItem={(item) => (
          <List.Item key={item.id}>
            <Link to={`/my/projects/${item.id}`} className="project-card">
              <Typography.Text strong>{item.name}</Typography.Text>
              <Typography.Text type="secondary">
                {item.category.name} · {t('projects.capDays', { count: item.category.capWorkingDays })}
              </Typography.Text>
              <Typography.Text type="secondary" className="project-meta">
                {item.projectCode} ·{' '}
                {t('projects.mine.registeredOn', { date: formatDate(item.registeredAt) })}
              </Typography.Text>
            </Link>
          </List.Item>
        )}
      />
    </div>
  );
}

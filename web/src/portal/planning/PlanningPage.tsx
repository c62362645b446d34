import './planning.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePlanning } from '../../api/blueprint';
import { useProjectCategories } from '../../api/projects';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { PageLoading } from '../../shared/PageLoading';
import { QueryError } from '../../shared/QueryError';
import { PlanningSections, PlanningVerdict } from './PlanningParts';

/** One of my project plans: its verdict and report, its stages and matters, the departments' answers. */
export default function PlanningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const planning = usePlanning(id);
  const categories = useProjectCategories();
  const view = planning.data;

  if (planning.isError) return <QueryError error={planning.error} onRetry={() => void planning.refetch()} />;
  if (!view) return <PageLoading />;
  const category = categories.data?.items.find((c) => c.code === view.categoryCode);

  return (
    <div className="page page-medium">
      <Link to="/my/plannings" className="back-link">
        <ArrowLeftOutlined aria-hidden="true" /> {t('planning.mine.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {view.name}
      </Typography.Title>
      <Descriptions
        column={1}
        bordered
        size="small"
        className="block-gap"
        items={[
          {
            key: 'category',
            label: t('planning.detail.category'),
            children: category?.name ?? view.categoryCode,
          },
          {
            key: 'createdAt',
            label: t('planning.detail.createdAt'),
            children: formatDateTime(view.createdAt),
          },
        ]}
      />
      <Typography.Title level={2} className="planning-section">
        {t('planning.detail.result')}
      </Typography.Title>
      <PlanningVerdict result={view.result} checkId={view.checkId} />
      <PlanningSections planning={view} />
      <LinkButton
        to={`/my/projects/new?planning=${encodeURIComponent(view.id)}&category=${encodeURIComponent(view.categoryCode)}`}
        type="primary"
        size="large"
        block
      >
        {t('planning.detail.registerProject')}
      </LinkButton>
    </div>
  );
}

import { ClockCircleOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartments, useServiceCenters } from '../api/directory';
import { QueryError } from '../shared/QueryError';

export function ServiceCenterList() {
  const { t } = useTranslation();
  const centers = useServiceCenters();
  const departments = useDepartments();

  return (
    <section aria-labelledby="centers-title" className="centers">
      <div className="section-head">
        <Typography.Title level={2} id="centers-title" className="section-title">
          {t('home.centersTitle')}
        </Typography.Title>
        <div className="section-stats">
          {centers.data && <span>{t('home.centersCount', { count: centers.data.length })}</span>}
          {departments.data && <span>{t('home.departmentsCount', { count: departments.data.length })}</span>}
        </div>
      </div>
      <Typography.Paragraph type="secondary">{t('home.centersIntro')}</Typography.Paragraph>
      {centers.isPending && <Skeleton active />}
      {centers.isError && <QueryError error={centers.error} onRetry={() => void centers.refetch()} />}
      {centers.data?.length === 0 && <Empty description={t('home.centersEmpty')} />}
      <ul className="center-grid">
        {centers.data?.map((center) => (
          <li key={center.id}>
            <Card size="small" title={center.name} extra={center.divisionName} className="center-card">
              <dl className="center-facts">
                <dt>
                  <EnvironmentOutlined aria-hidden="true" /> {t('home.address')}
                </dt>
                <dd>{center.address}</dd>
                <dt>
                  <PhoneOutlined aria-hidden="true" /> {t('home.phone')}
                </dt>
                <dd>
                  <a href={`tel:${center.phone.replace(/[^\d+]/g, '')}`}>{center.phone}</a>
                </dd>
                <dt>
                  <ClockCircleOutlined aria-hidden="true" /> {t('home.hours')}
                </dt>
                <dd>{center.openingHours}</dd>
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

import '../catalogue.css';
import { RightOutlined } from '@ant-design/icons';
import { Breadcrumb, Result, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLifeEvent } from '../../api/catalogue';
import { isApiError } from '../../api/client';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';

/** 一件事: the matters one life event bundles, in the order they are usually done. */
export default function LifeEventPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const event = useLifeEvent(code);

  if (event.isPending) {
    return (
      <div className="page page-medium">
        <Skeleton active />
      </div>
    );
  }
  if (isApiError(event.error, 404)) {
    return (
      <Result
        status="404"
        title={t('lifeEvent.notFound')}
        extra={
          <LinkButton to="/matters" type="primary">
            {t('guide.backToHall')}
          </LinkButton>
        }
      />
    );
  }
  if (event.isError) {
    return (
      <div className="page page-medium">
        <QueryError error={event.error} onRetry={() => void event.refetch()} />
      </div>
    );
  }

  const data = event.data;
  return (
    <div className="page page-medium">
      <nav aria-label={t('guide.breadcrumb')}>
        <Breadcrumb
          items={[
            { title: <Link to="/">{t('guide.home')}</Link> },
            { title: <Link to="/matters">{t('guide.hall')}</Link> },
            { title: data.name },
          ]}
        />
      </nav>
      <p className="kicker">{t('lifeEvent.kicker')}</p>
      <Typography.Title level={1} className="page-title">
        {data.name}
      </Typography.Title>
      <Tag>{t('lifeEvent.audience', { audience: t(`vocab.audience.${data.audience}`) })}</Tag>
      <Typography.Paragraph className="guide-summary">{data.summary}</Typography.Paragraph>
      <section aria-labelledby="event-matters-title" className="hall-section">
        <Typography.Title level={2} id="event-matters-title" className="section-title">
          {t('lifeEvent.mattersTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('lifeEvent.mattersIntro')}</Typography.Paragraph>
        <ol className="event-matters">
          {data.matters.map((matter) => (
            <li key={matter.code}>
              <Link to={`/matters/${matter.code}`} className="event-matter">
                <span className="event-matter-name">{matter.name}</span>
                <span className="event-matter-action">
                  {t('lifeEvent.viewGuide')} <RightOutlined aria-hidden="true" />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

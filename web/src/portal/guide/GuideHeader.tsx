import { Breadcrumb, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatterDetail } from '../../api/catalogueTypes';
import { formatDate } from '../../shared/format';
import { MatterBadges } from '../hall/MatterBadges';

export function GuideHeader({ matter }: { matter: MatterDetail }) {
  const { t } = useTranslation();
  const { guide } = matter;
  return (
    <header className="guide-header">
      <nav aria-label={t('guide.breadcrumb')}>
        <Breadcrumb
          items={[
            { title: <Link to="/">{t('guide.home')}</Link> },
            { title: <Link to="/matters">{t('guide.hall')}</Link> },
            { title: guide.name },
          ]}
        />
      </nav>
      <Typography.Title level={1} className="page-title guide-title">
        {guide.name}
      </Typography.Title>
      <p className="guide-meta">
        <span>{matter.departmentName}</span>
        <span>{t('guide.code', { code: matter.code })}</span>
        <span>
          {t('guide.version', { version: matter.version })}
          {matter.publishedAt && ` · ${t('guide.publishedAt', { date: formatDate(matter.publishedAt) })}`}
        </span>
      </p>
      <div className="guide-tags">
        <Tag>{t(`vocab.matterType.${guide.type}`)}</Tag>
        <MatterBadges
          onlineDepth={guide.onlineDepth}
          visits={guide.visits}
          promisedLimitDays={guide.promisedLimitDays}
        />
        {guide.commitment && <Tag color="purple">{t('guide.commitment')}</Tag>}
      </div>
      <Typography.Paragraph className="guide-summary">{guide.summary}</Typography.Paragraph>
    </header>
  );
}

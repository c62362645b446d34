import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgressResult } from '../../api/applicationTypes';
import { formatDateTime } from '../../shared/format';
import { ApplicationNumber } from '../applications/ApplicationNumber';
import { ApplicationStatusTag } from '../applications/ApplicationStatusTag';
import { ApplicationTimeline } from '../applications/ApplicationTimeline';

export function ProgressResultCard({ result }: { result: ProgressResult }) {
  const { t } = useTranslation();
  return (
    <Card className="progress-result">
      <Typography.Title level={2} className="section-title">
        {t('progress.resultTitle')}
      </Typography.Title>
      <dl className="detail-facts">
        <dt>{t('progress.number')}</dt>
        <dd>
          <ApplicationNumber value={result.applicationNo} size="medium" />
        </dd>
        <dt>{t('progress.matter')}</dt>
        <dd>{result.matterName}</dd>
        <dt>{t('progress.applicant')}</dt>
        <dd>{result.applicantName}</dd>
        <dt>{t('progress.submittedAt')}</dt>
        <dd>{formatDateTime(result.submittedAt)}</dd>
        <dt>{t('progress.status')}</dt>
        <dd>
          <ApplicationStatusTag status={result.status} />
        </dd>
      </dl>
      <Typography.Title level={3} className="subsection-title">
        {t('application.timelineTitle')}
      </Typography.Title>
      <ApplicationTimeline entries={result.timeline} />
    </Card>
  );
}

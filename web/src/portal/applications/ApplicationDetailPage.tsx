import './applications.css';
import { Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApplication } from '../../api/applications';
import { isApiError } from '../../api/client';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { ApplicationNotices } from './ApplicationNotices';
import { ApplicationNumber } from './ApplicationNumber';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { ApplicationTimeline } from './ApplicationTimeline';
import { CorrectionAnswer } from './CorrectionAnswer';
import { DetailSection } from './DetailSection';
import { EvaluationCard } from './EvaluationCard';
import { ReusedMaterials } from './ReusedMaterials';
import { SubmittedAnswers } from './SubmittedAnswers';
import { SubmittedMaterials } from './SubmittedMaterials';
import { WithdrawAction, withdrawable } from './WithdrawAction';

/** One application: where it stands, how it got there, what was asked for; withdrawing while it waits. */
export default function ApplicationDetailPage() {
  const { t } = useTranslation();
  const { applicationNo = '' } = useParams();
  const detail = useApplication(applicationNo);

  if (isApiError(detail.error, 404)) {
    return (
      <Result
        status="404"
        title={t('applicationDetail.notFound')}
        subTitle={t('applicationDetail.notFoundHint')}
        extra={
          <LinkButton to="/my/applications" type="primary">
            {t('applicationDetail.back')}
          </LinkButton>
        }
      />
    );
  }
  if (detail.isError) {
    return (
      <div className="page page-medium">
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </div>
    );
  }
  if (detail.isPending) {
    return (
      <div className="page page-medium">
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }

  const application = detail.data;
  return (
    <div className="page page-medium application-detail">
      <Link to="/my/applications" className="back-link">
        {t('applicationDetail.back')}
      </Link>
      <Typography.Title level={1} className="page-title">
        {application.matterName}
      </Typography.Title>
      <dl className="detail-facts">
        <dt>{t('applicationDetail.number')}</dt>
        <dd>
          <ApplicationNumber value={application.applicationNo} size="medium" />
        </dd>
        <dt>{t('applicationDetail.status')}</dt>
        <dd>
          <ApplicationStatusTag status={application.status} />
        </dd>
        <dt>{t('applicationDetail.applicant')}</dt>
        <dd>{application.applicant.name}</dd>
        <dt>{t('applicationDetail.submittedAt')}</dt>
        <dd>{formatDateTime(application.submittedAt)}</dd>
        <dt>{t('applicationDetail.collection')}</dt>
        <dd>{application.collectAt ?? t('applicationDetail.electronic')}</dd>
      </dl>
      {application.correction && (
        <CorrectionAnswer application={{ ...application, correction: application.correction }} />
      )}
      {withdrawable(application.status) && <WithdrawAction applicationNo={application.applicationNo} />}
      <EvaluationCard applicationNo={application.applicationNo} />
      <DetailSection id="notices" title={t('applicationDetail.noticesTitle')}>
        <ApplicationNotices applicationNo={application.applicationNo} />
      </DetailSection>
      <DetailSection id="timeline" title={t('application.timelineTitle')}>
        <ApplicationTimeline entries={application.timeline} />
      </DetailSection>
      <DetailSection id="answers" title={t('applicationDetail.answersTitle')}>
        <SubmittedAnswers matterCode={application.matterCode} formData={application.formData} />
      </DetailSection>
      <ReusedMaterials applicationNo={application.applicationNo} />
      <DetailSection id="materials" title={t('materialFiles.detail.title')}>
        <SubmittedMaterials application={application} />
      </DetailSection>
    </div>
  );
}

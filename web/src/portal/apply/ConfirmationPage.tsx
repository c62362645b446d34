import './apply.css';
import { CheckCircleFilled } from '@ant-design/icons';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApplication } from '../../api/applications';
import { useMatter } from '../../api/catalogue';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { ApplicationNumber } from '../applications/ApplicationNumber';
import type { ConfirmationState } from './useSubmitFlow';

interface Facts {
  applicationNo: string;
  matterName: string;
  submittedAt: string;
  departmentName?: string;
  promisedLimitDays?: number;
}

/** Straight after submitting the flow hands over what the server answered; after a reload it asks again. */
function useFacts(applicationNo: string): { facts?: Facts; error?: unknown; retry?: () => void } {
  const location = useLocation();
  const state = location.state as ConfirmationState | null;
  const handed = state?.submitted.applicationNo === applicationNo ? state : null;
  const detail = useApplication(handed ? undefined : applicationNo);
  const matter = useMatter(handed ? undefined : detail.data?.matterCode);
  if (handed) return { facts: { ...handed.submitted, departmentName: handed.departmentName } };
  if (detail.error) return { error: detail.error, retry: () => void detail.refetch() };
  if (!detail.data) return {};
  return {
    facts: {
      ...detail.data,
      departmentName: matter.data?.departmentName,
      promisedLimitDays: matter.data?.guide.promisedLimitDays,
    },
  };
}

/** 申请已提交: the number in large type, what was sent, and what happens next. */
export default function ConfirmationPage() {
  const { t } = useTranslation();
  const { applicationNo = '' } = useParams();
  const { facts, error, retry } = useFacts(applicationNo);

  if (error) {
    return (
      <div className="page page-medium">
        <QueryError error={error} onRetry={retry} />
      </div>
    );
  }
  if (!facts) {
    return (
      <div className="page page-medium">
        <Skeleton active />
      </div>
    );
  }

  const days = facts.promisedLimitDays;
  return (
    <div className="page page-medium confirmation-page">
      <section className="confirmation-panel" aria-labelledby="confirmation-title">
        <CheckCircleFilled className="confirmation-icon" aria-hidden="true" />
        <Typography.Title level={1} id="confirmation-title" className="confirmation-title">
          {t('confirmation.title')}
        </Typography.Title>
        <p className="confirmation-number-label">{t('confirmation.numberLabel')}</p>
        <ApplicationNumber value={facts.applicationNo} />
      </section>
      <dl className="confirmation-facts">
        <dt>{t('confirmation.matter')}</dt>
        <dd>{facts.matterName}</dd>
        <dt>{t('confirmation.submittedAt')}</dt>
        <dd>
          <time dateTime={facts.submittedAt}>{formatDateTime(facts.submittedAt)}</time>
        </dd>
      </dl>
      <Typography.Title level={2} className="section-title">
        {t('confirmation.nextTitle')}
      </Typography.Title>
      <ul className="confirmation-next">
        <li>
          {facts.departmentName
            ? t('confirmation.nextReview', { department: facts.departmentName })
            : t('confirmation.nextReviewNoDept')}
        </li>
        {days !== undefined && (
          <li>
            {days === 0 ? t('confirmation.nextImmediate') : t('confirmation.nextLimit', { count: days })}
          </li>
        )}
        <li>{t('confirmation.nextKeep')}</li>
      </ul>
      <div className="confirmation-links">
        <LinkButton to={`/my/applications/${facts.applicationNo}`} type="primary" size="large">
          {t('confirmation.viewProgress')}
        </LinkButton>
        <LinkButton to="/my/applications" size="large">
          {t('confirmation.myApplications')}
        </LinkButton>
      </div>
    </div>
  );
}

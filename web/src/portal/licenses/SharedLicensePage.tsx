import '../applications/applications.css';
import '../verify/verify.css';
import './licenses.css';
import { Result, Skeleton, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { formatDateTime } from '../../shared/format';
import { QueryError } from '../../shared/QueryError';
import { useSharedLicense } from './api';
import { VerificationResult } from './VerificationResult';

/** A licence its holder shared for a while: its verification and what it says. */
export default function SharedLicensePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const shared = useSharedLicense(token);
  const gone = isApiError(shared.error, 404) || isApiError(shared.error, 410);

  return (
    <div className="page page-narrow verify-page">
      <Typography.Title level={1} className="page-title">
        {t('licenseVerify.sharedTitle')}
      </Typography.Title>
      <div aria-live="polite">
        {shared.isPending && (
          <Skeleton active title={{ width: '60%' }} aria-label={t('licenseVerify.checking')} />
        )}
        {gone ? (
          <Result
            className="verify-result"
            status="warning"
            title={t('licenseVerify.sharedExpired')}
            subTitle={t('licenseVerify.sharedExpiredHint')}
            extra={<Link to="/licenses/verify">{t('licenseVerify.checkAnother')}</Link>}
          />
        ) : (
          shared.isError && <QueryError error={shared.error} onRetry={() => void shared.refetch()} />
        )}
        {shared.data && (
          <VerificationResult result={shared.data}>
            {shared.data.fields.length > 0 && (
              <>
                <Typography.Title level={2} className="subsection-title">
                  {t('licenseVerify.sharedFields')}
                </Typography.Title>
                <dl className="detail-facts license-facts">
                  {shared.data.fields.map((field) => (
                    <Fragment key={field.label}>
                      <dt>{field.label}</dt>
                      <dd>{field.value}</dd>
                    </Fragment>
                  ))}
                </dl>
              </>
            )}
            <Typography.Paragraph type="secondary">
              {t('licenseVerify.sharedExpires', { time: formatDateTime(shared.data.expiresAt) })}
            </Typography.Paragraph>
          </VerificationResult>
        )}
      </div>
    </div>
  );
}

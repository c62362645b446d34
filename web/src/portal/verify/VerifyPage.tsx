import '../applications/applications.css';
import './verify.css';
import { Button, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useNoticeVerification } from '../../api/notices';
import { QueryError } from '../../shared/QueryError';
import { VerifiedNotice } from './VerifiedNotice';

/**
 * 通知书核验, the page a notice's QR code opens: anyone holding the notice checks that it was
 * issued here. It shows masked facts and the digest of the file, never the file.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const verification = useNoticeVerification(code);

  return (
    <div className="page page-narrow verify-page">
      <Typography.Title level={1} className="page-title">
        {t('verify.title')}
      </Typography.Title>
      <div aria-live="polite">
        {verification.isPending && (
          <Skeleton active title={{ width: '60%' }} aria-label={t('verify.checking')} />
        )}
        {isApiError(verification.error, 404) ? (
          <Result
            className="verify-result"
            status="error"
            title={t('verify.invalidTitle')}
            subTitle={t('verify.invalidSubtitle')}
            extra={
              <Link to="/progress">
                <Button>{t('verify.toProgress')}</Button>
              </Link>
            }
          />
        ) : (
          verification.isError && (
            <QueryError error={verification.error} onRetry={() => void verification.refetch()} />
          )
        )}
        {verification.data && <VerifiedNotice notice={verification.data} />}
      </div>
    </div>
  );
}

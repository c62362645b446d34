import type { ResultProps } from 'antd';
import { Card, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../shared/format';
import type { LicenseVerification, VerificationStatus } from './api';
import { validityOf } from './LicenseStatusTag';

const icons: Record<VerificationStatus, ResultProps['status']> = {
  valid: 'success',
  suspended: 'warning',
  revoked: 'error',
  expired: 'warning',
  tampered: 'error',
};

/** What verification answers, as anyone holding the licence (or its QR code) reads it. */
export function VerificationResult({
  result,
  children,
}: {
  result: LicenseVerification;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Result
        className="verify-result"
        status={icons[result.status]}
        title={t(`licenseVerify.titles.${result.status}`)}
        subTitle={t(`licenseVerify.subtitles.${result.status}`, { issuer: result.issuerName })}
      />
      <Card>
        <dl className="detail-facts license-facts">
          <dt>{t('licenseVerify.typeName')}</dt>
          <dd>{result.typeName}</dd>
          <dt>{t('licenseVerify.licenseNoFact')}</dt>
          <dd className="license-no">{result.licenseNo}</dd>
          <dt>{t('licenseVerify.holder')}</dt>
          <dd>{result.holder}</dd>
          <dt>{t('licenseVerify.issuer')}</dt>
          <dd>{result.issuerName}</dd>
          <dt>{t('licenseVerify.issuedOn')}</dt>
          <dd>{formatDate(result.issuedAt)}</dd>
          <dt>{t('licenseVerify.validity')}</dt>
          <dd>{validityOf(t, result.validFrom, result.validUntil)}</dd>
          {result.statusReason && (
            <>
              <dt>{t('licenseVerify.statusReason')}</dt>
              <dd>{result.statusReason}</dd>
              <dt>{t('licenseVerify.statusChangedAt')}</dt>
              <dd>{formatDateTime(result.statusChangedAt)}</dd>
            </>
          )}
          {result.copy && (
            <>
              <dt>{t('licenseVerify.copy')}</dt>
              <dd>{t('licenseVerify.copyOf', { purpose: result.copy.purpose, date: result.copy.madeOn })}</dd>
            </>
          )}
        </dl>
        {children}
        <Typography.Paragraph className="verify-note">{t('licenseVerify.privacy')}</Typography.Paragraph>
      </Card>
    </>
  );
}

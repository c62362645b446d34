import { Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeVerification } from '../../api/notices';
import { formatDateTime } from '../../shared/format';
import { ApplicationNumber } from '../applications/ApplicationNumber';

export function VerifiedNotice({ notice }: { notice: NoticeVerification }) {
  const { t } = useTranslation();
  return (
    <>
      <Result
        className="verify-result"
        status="success"
        title={t('verify.validTitle')}
        subTitle={t('verify.validSubtitle', { issuer: notice.issuerName })}
      />
      <Card>
        <dl className="detail-facts">
          <dt>{t('verify.document')}</dt>
          <dd>{t('verify.documentName', { kind: t(`verify.kinds.${notice.kind}`), title: notice.title })}</dd>
          <dt>{t('verify.documentNo')}</dt>
          <dd>{notice.documentNo ?? t('verify.noDocumentNo')}</dd>
          <dt>{t('verify.applicationNo')}</dt>
          <dd>
            <ApplicationNumber value={notice.applicationNo} size="small" copyable={false} />
          </dd>
          <dt>{t('verify.issuer')}</dt>
          <dd>{notice.issuerName}</dd>
          <dt>{t('verify.issuedAt')}</dt>
          <dd>{formatDateTime(notice.issuedAt)}</dd>
          <dt>{t('verify.recipient')}</dt>
          <dd>{notice.recipient}</dd>
          <dt>{t('verify.digest')}</dt>
          <dd>
            <Typography.Text
              className="mono verify-digest"
              copyable={{ text: notice.pdfSm3, tooltips: [t('verify.copyDigest'), t('verify.copied')] }}
            >
              {notice.pdfSm3}
            </Typography.Text>
          </dd>
        </dl>
        <Typography.Title level={2} className="subsection-title">
          {t('verify.compareTitle')}
        </Typography.Title>
        <Typography.Paragraph>{t('verify.compare')}</Typography.Paragraph>
        <Typography.Paragraph className="verify-note">{t('verify.privacy')}</Typography.Paragraph>
      </Card>
    </>
  );
}

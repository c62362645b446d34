import '../applications/applications.css';
import './licenses.css';
import { DownloadOutlined, EyeOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Button, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format';
import { LinkButton } from '../../shared/LinkButton';
import { QueryError } from '../../shared/QueryError';
import { useMyLicenses, type WalletLicense } from './api';
import { DownloadCopyDialog, LicenseDetailDialog, ShareDialog } from './LicenseDialogs';
import { LicenseStatusTag, validityOf } from './LicenseStatusTag';

type Dialog = { kind: 'detail' | 'download' | 'share'; license: WalletLicense };

/** 我的证照: the licences issued to the person, or to the organisation they act for. */
export default function WalletPage() {
  const { t } = useTranslation();
  const licenses = useMyLicenses();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <div className="page page-medium">
      <Typography.Title level={1} className="page-title">
        {t('wallet.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('wallet.intro')}</Typography.Paragraph>
      {licenses.isPending && <Skeleton active />}
      {licenses.isError && <QueryError error={licenses.error} onRetry={() => void licenses.refetch()} />}
      {licenses.data?.length === 0 && (
        <div className="empty-block">
          <Typography.Paragraph>{t('wallet.empty')}</Typography.Paragraph>
          <LinkButton to="/matters" type="primary">
            {t('wallet.toHall')}
          </LinkButton>
        </div>
      )}
      {licenses.data && licenses.data.length > 0 && (
        <ul className="record-list">
          {licenses.data.map((license) => (
            <li key={license.id} className="record-item">
              <div className="record-head">
                <Typography.Text strong className="record-title">
                  {license.typeName}
                </Typography.Text>
                <LicenseStatusTag status={license.status} />
              </div>
              <dl className="record-facts">
                <dt>{t('wallet.licenseNo')}</dt>
                <dd className="license-no">{license.licenseNo}</dd>
              </dl>
              <dl className="record-facts">
                <dt>{t('wallet.issuer')}</dt>
                <dd>{license.issuerName}</dd>
              </dl>
              <dl className="record-facts">
                <dt>{t('wallet.validity')}</dt>
                <dd>{validityOf(t, license.validFrom, license.validUntil)}</dd>
              </dl>
              {license.statusReason && (
                <span className="record-meta">{t('wallet.reason', { reason: license.statusReason })}</span>
              )}
              <span className="record-meta">
                {t('wallet.issuedOn', { date: formatDate(license.issuedAt) })}
              </span>
              <div className="license-actions">
                <Button icon={<EyeOutlined />} onClick={() => setDialog({ kind: 'detail', license })}>
                  {t('wallet.details')}
                </Button>
                <Button
                  icon={<DownloadOutlined />}
                  disabled={license.status !== 'valid'}
                  onClick={() => setDialog({ kind: 'download', license })}
                >
                  {t('wallet.download')}
                </Button>
                <Button
                  icon={<ShareAltOutlined />}
                  disabled={license.status !== 'valid'}
                  onClick={() => setDialog({ kind: 'share', license })}
                >
                  {t('wallet.share')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'detail' && <LicenseDetailDialog license={dialog.license} onClose={close} />}
      {dialog?.kind === 'download' && <DownloadCopyDialog license={dialog.license} onClose={close} />}
      {dialog?.kind === 'share' && <ShareDialog license={dialog.license} onClose={close} />}
    </div>
  );
}

import { App, Form, Input, Modal, Select, Skeleton, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { type LicenseShare, useDownloadCopy, useMyLicense, useShareLicense, type WalletLicense } from './api';

interface DialogProps {
  license: WalletLicense;
  onClose: () => void;
}

/** What the licence says, with its 核验码 and the page its QR code opens. */
export function LicenseDetailDialog({ license, onClose }: DialogProps) {
  const { t } = useTranslation();
  const detail = useMyLicense(license.id);
  const path = detail.data ? new URL(detail.data.verifyUrl).pathname : undefined;
  return (
    <Modal open title={license.typeName} onCancel={onClose} footer={null}>
      {detail.isPending && <Skeleton active />}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <>
          <dl className="detail-facts license-facts">
            <dt>{t('wallet.licenseNo')}</dt>
            <dd className="license-no">{detail.data.licenseNo}</dd>
            {detail.data.fields.map((field) => (
              <Fragment key={field.label}>
                <dt>{field.label}</dt>
                <dd>{field.value}</dd>
              </Fragment>
            ))}
            <dt>{t('wallet.verifyCode')}</dt>
            <dd className="license-no license-code">{detail.data.verifyCode}</dd>
          </dl>
          <Typography.Paragraph type="secondary">{t('wallet.verifyCodeHint')}</Typography.Paragraph>
          {path && <Link to={path}>{t('wallet.verifyPage')}</Link>}
        </>
      )}
    </Modal>
  );
}

/** 下载: a copy watermarked with its 用途 and the date, as the e-licence rules require. */
export function DownloadCopyDialog({ license, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ purpose: string }>();
  const download = useDownloadCopy();
  const problem = useFormProblem(form, ['purpose']);
  return (
    <Modal
      open
      title={t('wallet.downloadTitle')}
      okText={t('wallet.downloadConfirm')}
      okButtonProps={{ loading: download.isPending, htmlType: 'submit', form: 'license-copy' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('wallet.downloadIntro')}</Typography.Paragraph>
      <Form
        form={form}
        id="license-copy"
        name="license-copy"
        layout="vertical"
        requiredMark={false}
        onFinish={({ purpose }) => {
          problem.clear();
          const use = purpose.trim();
          download.mutate(
            { id: license.id, purpose: use, fileName: `${license.typeName}-${license.licenseNo}-${use}.pdf` },
            {
              onSuccess: () => {
                message.success(t('wallet.downloaded'));
                onClose();
              },
              onError: problem.show,
            },
          );
        }}
      >
        <ProblemAlert problem={problem.problem} />
        <Form.Item
          name="purpose"
          label={t('wallet.purpose')}
          rules={[{ required: true, whitespace: true, message: t('wallet.purposeRequired') }]}
        >
          <Input maxLength={30} showCount placeholder={t('wallet.purposePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const SHARE_DAYS = [1, 3, 7, 30];

/** 分享: a verification link that works for a few days, to send to whoever asks for the licence. */
export function ShareDialog({ license, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ days: number }>();
  const share = useShareLicense(license.id);
  const problem = useFormProblem(form, ['days']);
  const [link, setLink] = useState<LicenseShare | null>(null);
  return (
    <Modal
      open
      title={t('wallet.shareTitle')}
      okText={t('wallet.shareConfirm')}
      okButtonProps={{ loading: share.isPending, htmlType: 'submit', form: 'license-share' }}
      cancelText={t('common.close')}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('wallet.shareIntro')}</Typography.Paragraph>
      <Form
        form={form}
        id="license-share"
        name="license-share"
        layout="vertical"
        initialValues={{ days: 7 }}
        onFinish={({ days }) => {
          problem.clear();
          share.mutate(days, { onSuccess: setLink, onError: problem.show });
        }}
      >
        <ProblemAlert problem={problem.problem} />
        <Form.Item name="days" label={t('wallet.shareDays')}>
          <Select options={SHARE_DAYS.map((d) => ({ value: d, label: t('wallet.days', { count: d }) }))} />
        </Form.Item>
      </Form>
      {link && (
        <div className="license-share-link" aria-live="polite">
          <Typography.Text strong>{t('wallet.shareLink')}</Typography.Text>
          <Typography.Paragraph
            className="license-no"
            copyable={{ text: link.url, tooltips: [t('wallet.copyLink'), t('wallet.copied')] }}
          >
            {link.url}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {t('wallet.shareExpires', { time: formatDateTime(link.expiresAt) })}
          </Typography.Text>
        </div>
      )}
    </Modal>
  );
}

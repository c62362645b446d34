import '../applications/applications.css';
import '../verify/verify.css';
import './licenses.css';
import { InboxOutlined } from '@ant-design/icons';
import { Button, Form, Input, Result, Skeleton, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';
import { type LicenseVerification, useLicenseVerification, useVerifyByNumber, useVerifyPdf } from './api';
import { VerificationResult } from './VerificationResult';

/** The QR code's page: the verification of the licence it was printed on. */
function ByToken({ token }: { token: string }) {
  const { t } = useTranslation();
  const verification = useLicenseVerification(token);
  return (
    <div aria-live="polite">
      {verification.isPending && (
        <Skeleton active title={{ width: '60%' }} aria-label={t('licenseVerify.checking')} />
      )}
      {isApiError(verification.error, 404) ? (
        <Result
          className="verify-result"
          status="error"
          title={t('licenseVerify.invalidTitle')}
          subTitle={t('licenseVerify.invalidSubtitle')}
        />
      ) : (
        verification.isError && (
          <QueryError error={verification.error} onRetry={() => void verification.refetch()} />
        )
      )}
      {verification.data && <VerificationResult result={verification.data} />}
      <Typography.Paragraph className="verify-note">
        <Link to="/licenses/verify">{t('licenseVerify.checkAnother')}</Link>
      </Typography.Paragraph>
    </div>
  );
}

/** A new attempt clears the last answer first: a failed check must not leave an earlier 有效 on screen. */
type OnResult = (result: LicenseVerification | null) => void;

function ByNumber({ onResult }: { onResult: OnResult }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ licenseNo: string; verifyCode: string }>();
  const verify = useVerifyByNumber();
  const problem = useFormProblem(form, ['licenseNo', 'verifyCode']);
  return (
    <Form
      form={form}
      name="verify-license"
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => {
        problem.clear();
        onResult(null);
        verify.mutate(values, { onSuccess: onResult, onError: problem.show });
      }}
    >
      <ProblemAlert problem={problem.problem} />
      <Form.Item
        name="licenseNo"
        label={t('licenseVerify.licenseNo')}
        rules={[{ required: true, whitespace: true, message: t('licenseVerify.licenseNoRequired') }]}
      >
        <Input autoComplete="off" maxLength={40} className="license-no" />
      </Form.Item>
      <Form.Item
        name="verifyCode"
        label={t('licenseVerify.verifyCode')}
        rules={[{ required: true, whitespace: true, message: t('licenseVerify.verifyCodeRequired') }]}
      >
        <Input autoComplete="off" maxLength={20} className="license-no" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={verify.isPending}>
        {t('licenseVerify.check')}
      </Button>
    </Form>
  );
}

function ByFile({ onResult }: { onResult: OnResult }) {
  const { t } = useTranslation();
  const verify = useVerifyPdf();
  const [form] = Form.useForm();
  const problem = useFormProblem(form, []);
  return (
    <Form form={form} layout="vertical" name="verify-license-file">
      <ProblemAlert problem={problem.problem} />
      <Form.Item label={t('licenseVerify.file')} htmlFor="license-pdf">
        <Upload.Dragger
          id="license-pdf"
          accept="application/pdf,.pdf"
          showUploadList={false}
          disabled={verify.isPending}
          beforeUpload={(file) => {
            problem.clear();
            onResult(null);
            verify.mutate(file, { onSuccess: onResult, onError: problem.show });
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {verify.isPending ? t('licenseVerify.checking') : t('licenseVerify.fileHint')}
          </p>
        </Upload.Dragger>
      </Form.Item>
    </Form>
  );
}

/**
 * 电子证照核验: anyone, no login. The QR code opens /licenses/verify/{token}; without a token
 * the page asks for the number and 核验码, or for the PDF.
 */
export default function LicenseVerifyPage() {
  const { t } = useTranslation();
  const { token } = useParams();
  const [result, setResult] = useState<LicenseVerification | null>(null);

  return (
    <div className="page page-narrow verify-page">
      <Typography.Title level={1} className="page-title">
        {t('licenseVerify.title')}
      </Typography.Title>
      {token ? (
        <ByToken token={token} />
      ) : (
        <>
          <Typography.Paragraph>{t('licenseVerify.intro')}</Typography.Paragraph>
          <Tabs
            className="license-verify-tabs"
            onChange={() => setResult(null)}
            items={[
              {
                key: 'number',
                label: t('licenseVerify.byNumber'),
                children: <ByNumber onResult={setResult} />,
              },
              { key: 'file', label: t('licenseVerify.byFile'), children: <ByFile onResult={setResult} /> },
            ]}
          />
          <div aria-live="polite">{result && <VerificationResult result={result} />}</div>
        </>
      )}
    </div>
  );
}

import '../applications/applications.css';
import { Alert, Button, Form, Input, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressQuery } from '../../api/applicationTypes';
import { isApiError } from '../../api/client';
import { useProgress } from '../../api/progress';
import { applicationNoProblem, normaliseApplicationNo } from '../../shared/applicationNo';
import { QueryError } from '../../shared/QueryError';
import { ProgressResultCard } from './ProgressResultCard';

/**
 * 办件进度查询, open to anyone: the number and the applicant's name together. The server answers
 * "not found" alike for a wrong number and a wrong name, so neither can be guessed alone.
 */
export default function ProgressPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProgressQuery>();
  const [params, setParams] = useState<ProgressQuery | null>(null);
  const progress = useProgress(params);
  // On a phone the answer appears below the fold: bring it into view when it comes.
  const outcome = useRef<HTMLDivElement>(null);
  const answeredAt = Math.max(progress.dataUpdatedAt, progress.errorUpdatedAt);
  useEffect(() => {
    if (answeredAt) outcome.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [answeredAt]);

  return (
    <div className="page page-narrow progress-page">
      <Typography.Title level={1} className="page-title">
        {t('progress.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('progress.intro')}</Typography.Paragraph>
      <Form
        form={form}
        name="progress"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => {
          const next = {
            applicationNo: normaliseApplicationNo(values.applicationNo),
            name: values.name.trim(),
          };
          // The same question again is a retry, not a new query.
          if (params && next.applicationNo === params.applicationNo && next.name === params.name) {
            void progress.refetch();
          } else setParams(next);
        }}
      >
        <Form.Item
          name="applicationNo"
          label={t('progress.number')}
          extra={t('progress.numberHint')}
          rules={[
            { required: true, whitespace: true, message: t('progress.numberRequired') },
            {
              validator: (_, value?: string) => {
                const problem = value?.trim() ? applicationNoProblem(normaliseApplicationNo(value)) : null;
                if (!problem) return Promise.resolve();
                return Promise.reject(
                  new Error(problem === 'length' ? t('progress.numberLength') : t('progress.numberCheck')),
                );
              },
            },
          ]}
        >
          <Input className="mono" inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={40} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('progress.name')}
          rules={[{ required: true, whitespace: true, message: t('progress.nameRequired') }]}
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={progress.isFetching}>
          {t('progress.submit')}
        </Button>
      </Form>
      <div aria-live="polite" className="progress-outcome" ref={outcome}>
        {params && progress.isPending && <Skeleton active />}
        {isApiError(progress.error, 404) ? (
          <Alert
            type="warning"
            showIcon
            title={t('progress.notFound')}
            description={t('progress.notFoundHint')}
          />
        ) : (
          progress.isError && <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
        )}
        {progress.data && !progress.isError && <ProgressResultCard result={progress.data} />}
      </div>
    </div>
  );
}

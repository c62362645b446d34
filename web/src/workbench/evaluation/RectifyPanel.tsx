import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type RectificationDetail, useRectificationStep } from '../../api/evaluation';
import { formatDateTime } from '../../shared/format';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';

/** 整改情况: what the department did; it may be revised until the rectification is closed. */
export function RectifyPanel({ detail, canHandle }: { detail: RectificationDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ measures: string }>();
  const rectify = useRectificationStep<{ measures: string }>(detail.id, 'rectification');
  const problem = useFormProblem(form, ['measures']);
  const recorded = detail.rectification;
  const editable = canHandle && detail.status === 'open';

  return (
    <Card title={t('rectification.rectifyTitle')} className="rectification-panel">
      {recorded ? (
        <>
          <Typography.Paragraph className="rectification-record">{recorded.measures}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('rectification.recordedBy', { by: recorded.by, at: formatDateTime(recorded.at) })}
          </Typography.Paragraph>
        </>
      ) : (
        !editable && <Typography.Text type="secondary">{t('rectification.none')}</Typography.Text>
      )}
      {editable && (
        <Form
          form={form}
          name="rectify"
          layout="vertical"
          requiredMark={false}
          initialValues={{ measures: recorded?.measures ?? '' }}
          onFinish={({ measures }) => {
            problem.clear();
            rectify.mutate(
              { measures: measures.trim() },
              { onSuccess: () => message.success(t('rectification.rectifySaved')), onError: problem.show },
            );
          }}
        >
          <ProblemAlert problem={problem.problem} />
          <Form.Item
            name="measures"
            label={t('rectification.measuresLabel')}
            rules={[{ required: true, whitespace: true, message: t('rectification.measuresRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
          </Form.Item>
          <Button type={recorded ? 'default' : 'primary'} htmlType="submit" loading={rectify.isPending}>
            {recorded ? t('rectification.rectifyUpdate') : t('rectification.rectifySubmit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

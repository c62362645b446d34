import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowUp } from '../../../api/evaluation';
import { ProblemAlert } from '../../../shared/ProblemAlert';
import { useFormProblem } from '../../../shared/problem';

/** 追评: one further comment, opened on demand so the read-only rating stays uncluttered. */
export function FollowUpForm({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const followUp = useFollowUp(applicationNo);
  const problem = useFormProblem(form, ['comment']);

  if (!open) {
    return (
      <div className="evaluation-follow-up">
        <Typography.Paragraph type="secondary">{t('evaluation.followUpHint')}</Typography.Paragraph>
        <Button onClick={() => setOpen(true)}>{t('evaluation.followUpOpen')}</Button>
      </div>
    );
  }
  return (
    <Form
      form={form}
      name="follow-up"
      layout="vertical"
      requiredMark={false}
      className="evaluation-follow-up"
      onFinish={({ comment }) => {
        problem.clear();
        followUp.mutate(comment.trim(), {
          onSuccess: () => message.success(t('evaluation.followUpDone')),
          onError: problem.show,
        });
      }}
    >
      <ProblemAlert problem={problem.problem} />
      <Form.Item
        name="comment"
        label={t('evaluation.followUpLabel')}
        extra={t('evaluation.followUpHint')}
        rules={[{ required: true, whitespace: true, message: t('evaluation.followUpRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={followUp.isPending}>
        {t('evaluation.followUpSubmit')}
      </Button>
    </Form>
  );
}

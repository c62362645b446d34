import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawApplication } from '../../api/applications';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';

/** Before the decision the applicant may withdraw; after it, the case runs its course. */
const WITHDRAWABLE: ReadonlySet<string> = new Set([
  'submitted',
  'pre_review',
  'correction_requested',
  'resubmitted',
  'accepted',
  'in_review',
]);
export const withdrawable = (status: string) => WITHDRAWABLE.has(status);

/** 撤回申请 before the decision: a reason, then a confirmation. */
export function WithdrawAction({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useWithdrawApplication(applicationNo);
  const problem = useFormProblem(form, ['reason']);

  return (
    <div className="withdraw-action">
      <Typography.Paragraph type="secondary">{t('applicationDetail.withdrawHint')}</Typography.Paragraph>
      <Button danger onClick={() => setOpen(true)}>
        {t('applicationDetail.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('applicationDetail.withdrawTitle')}
        okText={t('applicationDetail.withdrawConfirm')}
        okButtonProps={{ danger: true, loading: withdraw.isPending, htmlType: 'submit', form: 'withdraw' }}
        cancelText={t('common.cancel')}
        onCancel={() => setOpen(false)}
        afterClose={() => {
          form.resetFields();
          problem.clear();
        }}
      >
        <Typography.Paragraph>{t('applicationDetail.withdrawIntro')}</Typography.Paragraph>
        <Form
          form={form}
          id="withdraw"
          name="withdraw"
          layout="vertical"
          requiredMark={false}
          onFinish={({ reason }) => {
            problem.clear();
            withdraw.mutate(reason.trim(), {
              onSuccess: () => {
                setOpen(false);
                message.success(t('applicationDetail.withdrawn'));
              },
              onError: problem.show,
            });
          }}
        >
          <ProblemAlert problem={problem.problem} />
          <Form.Item
            name="reason"
            label={t('applicationDetail.withdrawReason')}
            rules={[
              { required: true, whitespace: true, message: t('applicationDetail.withdrawReasonRequired') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { type DepartmentLicense, type StatusAction, useChangeLicenseStatus } from './api';

interface Props {
  change: { license: DepartmentLicense; action: StatusAction } | null;
  onClose: () => void;
}

/** 撤销 / 暂停 / 恢复 one licence, with the reason the holder is told and verification shows. */
export function StatusChangeDialog({ change, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const mutation = useChangeLicenseStatus();
  const problem = useFormProblem(form, ['reason']);
  const action = change?.action ?? 'suspend';

  return (
    <Modal
      open={change !== null}
      title={t(`licenseAdmin.dialog.${action}.title`)}
      okText={t(`licenseAdmin.dialog.${action}.confirm`)}
      okButtonProps={{
        danger: action !== 'reinstate',
        loading: mutation.isPending,
        htmlType: 'submit',
        form: 'license-status',
      }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        problem.clear();
      }}
    >
      {change && (
        <>
          <dl className="license-admin-facts">
            <dt>{t('licenseAdmin.columns.licenseNo')}</dt>
            <dd className="mono">{change.license.licenseNo}</dd>
            <dt>{t('licenseAdmin.columns.type')}</dt>
            <dd>{change.license.typeName}</dd>
            <dt>{t('licenseAdmin.columns.holder')}</dt>
            <dd>{change.license.holder}</dd>
          </dl>
          <Typography.Paragraph>{t(`licenseAdmin.dialog.${action}.intro`)}</Typography.Paragraph>
        </>
      )}
      <Form
        form={form}
        id="license-status"
        name="license-status"
        layout="vertical"
        requiredMark={false}
        onFinish={({ reason }) => {
          if (!change) return;
          problem.clear();
          mutation.mutate(
            { ...change, reason: reason.trim() },
            {
              onSuccess: () => {
                onClose();
                message.success(
                  t(`licenseAdmin.dialog.${action}.done`, { licenseNo: change.license.licenseNo }),
                );
              },
              onError: problem.show,
            },
          );
        }}
      >
        <ProblemAlert problem={problem.problem} />
        <Form.Item
          name="reason"
          label={t('licenseAdmin.dialog.reason')}
          extra={t('licenseAdmin.dialog.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('licenseAdmin.dialog.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../api/account';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmNewPassword: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const problem = useFormProblem(form, ['currentPassword', 'newPassword']);

  return (
    <Form
      form={form}
      name="changePassword"
      layout="vertical"
      requiredMark={false}
      className="narrow-form"
      onFinish={({ currentPassword, newPassword }) => {
        problem.clear();
        change.mutate(
          { currentPassword, newPassword },
          {
            onSuccess: () => {
              message.success(t('account.passwordChanged'));
              form.resetFields();
            },
            onError: problem.show,
          },
        );
      }}
    >
      <ProblemAlert problem={problem.problem} />
      <Form.Item
        label={t('fields.currentPassword')}
        name="currentPassword"
        rules={[rules.required(t('fields.currentPassword'))]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('fields.newPassword')}
        name="newPassword"
        rules={[rules.required(t('fields.newPassword'))]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('fields.confirmNewPassword')}
        name="confirmNewPassword"
        dependencies={['newPassword']}
        rules={[rules.required(t('fields.confirmNewPassword')), rules.sameAs('newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.changePassword')}
      </Button>
    </Form>
  );
}

import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../api/session';
import { useFormRules } from '../shared/formRules';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useFormProblem } from '../shared/problem';

interface Values {
  username: string;
  password: string;
  totp: string;
}

export function StaffLoginForm() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const login = useLogin();
  // Staff type a username, but the API has one identifier field for every kind of account.
  const problem = useFormProblem(form, ['username', 'password', 'totp'], { identifier: 'username' });

  return (
    <Form
      form={form}
      name="staff"
      layout="vertical"
      requiredMark={false}
      onFinish={({ username, password, totp }) => {
        problem.clear();
        login.mutate({ identifier: username, password, totp }, { onError: problem.show });
      }}
    >
      <ProblemAlert problem={problem.problem} />
      <Form.Item label={t('fields.username')} name="username" rules={[rules.required(t('fields.username'))]}>
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item label={t('fields.password')} name="password" rules={[rules.required(t('fields.password'))]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('fields.totp')}
        name="totp"
        extra={t('login.totpHint')}
        rules={[rules.required(t('fields.totp')), rules.totp()]}
      >
        <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

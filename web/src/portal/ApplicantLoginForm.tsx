import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../api/session';
import { useFormRules } from '../shared/formRules';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useFormProblem } from '../shared/problem';

interface Values {
  identifier: string;
  password: string;
}

export function ApplicantLoginForm() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const login = useLogin();
  const problem = useFormProblem(form, ['identifier', 'password']);

  return (
    <Form
      form={form}
      name="applicant"
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => {
        problem.clear();
        login.mutate(values, { onError: problem.show });
      }}
    >
      <ProblemAlert problem={problem.problem} />
      <Form.Item
        label={t('fields.identifier')}
        name="identifier"
        extra={t('login.identifierHint')}
        rules={[rules.required(t('fields.identifier'))]}
      >
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item label={t('fields.password')} name="password" rules={[rules.required(t('fields.password'))]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../shared/formRules';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useRegisterSubmit } from './useRegisterSubmit';

interface Values {
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
  confirmPassword: string;
}

const fields = ['name', 'idNumber', 'mobile', 'password'] as const;

export function PersonRegisterForm() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const { submit, pending, problem } = useRegisterSubmit(form, fields);

  return (
    <Form
      form={form}
      name="person"
      layout="vertical"
      requiredMark={false}
      scrollToFirstError
      onFinish={({ confirmPassword: _, ...values }) => submit({ kind: 'person', ...values })}
    >
      <ProblemAlert problem={problem} />
      <Form.Item label={t('fields.name')} name="name" rules={[rules.required(t('fields.name'))]}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item label={t('fields.idNumber')} name="idNumber" rules={[rules.required(t('fields.idNumber'))]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('fields.mobile')} name="mobile" rules={[rules.required(t('fields.mobile'))]}>
        <Input autoComplete="tel-national" inputMode="tel" />
      </Form.Item>
      <Form.Item label={t('fields.password')} name="password" rules={[rules.required(t('fields.password'))]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('fields.confirmPassword')}
        name="confirmPassword"
        dependencies={['password']}
        rules={[rules.required(t('fields.confirmPassword')), rules.sameAs('password')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={pending}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}

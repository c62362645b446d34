import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../shared/formRules';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useRegisterSubmit } from './useRegisterSubmit';

interface Values {
  name: string;
  creditCode: string;
  legalRepresentativeName: string;
  legalRepresentativeIdNumber: string;
  mobile: string;
  password: string;
  confirmPassword: string;
}

const fields = [
  'name',
  'creditCode',
  'legalRepresentativeName',
  'legalRepresentativeIdNumber',
  'mobile',
  'password',
] as const;

export function OrganizationRegisterForm() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const { submit, pending, problem } = useRegisterSubmit(form, fields);

  return (
    <Form
      form={form}
      name="organization"
      layout="vertical"
      requiredMark={false}
      scrollToFirstError
      onFinish={({ confirmPassword: _, ...values }) => submit({ kind: 'organization', ...values })}
    >
      <ProblemAlert problem={problem} />
      <Form.Item label={t('fields.orgName')} name="name" rules={[rules.required(t('fields.orgName'))]}>
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        label={t('fields.creditCode')}
        name="creditCode"
        rules={[rules.required(t('fields.creditCode'))]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Typography.Paragraph type="secondary" className="form-note">
        {t('register.orgIntro')}
      </Typography.Paragraph>
      <Form.Item
        label={t('fields.legalRepName')}
        name="legalRepresentativeName"
        rules={[rules.required(t('fields.legalRepName'))]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('fields.legalRepIdNumber')}
        name="legalRepresentativeIdNumber"
        rules={[rules.required(t('fields.legalRepIdNumber'))]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('fields.contactMobile')}
        name="mobile"
        rules={[rules.required(t('fields.contactMobile'))]}
      >
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

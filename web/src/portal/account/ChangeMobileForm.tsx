import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangeMobile } from '../../api/account';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';

export function ChangeMobileForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const [form] = Form.useForm<{ mobile: string }>();
  const change = useChangeMobile();
  const problem = useFormProblem(form, ['mobile']);

  return (
    <Form
      form={form}
      name="changeMobile"
      layout="vertical"
      requiredMark={false}
      className="narrow-form"
      onFinish={({ mobile }) => {
        problem.clear();
        change.mutate(mobile, {
          onSuccess: () => {
            message.success(t('account.mobileChanged'));
            form.resetFields();
          },
          onError: problem.show,
        });
      }}
    >
      <ProblemAlert problem={problem.problem} />
      <Form.Item label={t('fields.newMobile')} name="mobile" rules={[rules.required(t('fields.newMobile'))]}>
        <Input autoComplete="tel-national" inputMode="tel" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.changeMobile')}
      </Button>
    </Form>
  );
}

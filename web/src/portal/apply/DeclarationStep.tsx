import { Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/types';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { ApplyActions } from './ApplyActions';

interface Props {
  submitting: boolean;
  problem: Problem | null;
  onSubmit: () => void;
  onPrevious: () => void;
}

/** 承诺声明: the applicant's signed word that the answers are true; nothing is sent without it. */
export function DeclarationStep(props: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ declaration: boolean }>();
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={props.onSubmit}>
      <ProblemAlert problem={props.problem} />
      <blockquote className="declaration-text">{t('apply.declaration.text')}</blockquote>
      <Form.Item
        name="declaration"
        valuePropName="checked"
        rules={[
          {
            validator: (_, value) =>
              value ? Promise.resolve() : Promise.reject(new Error(t('apply.declaration.required'))),
          },
        ]}
      >
        <Checkbox className="declaration-agree">{t('apply.declaration.agree')}</Checkbox>
      </Form.Item>
      <ApplyActions
        primary={{
          label: props.submitting ? t('apply.declaration.submitting') : t('apply.declaration.submit'),
          loading: props.submitting,
        }}
        onPrevious={props.onPrevious}
      />
    </Form>
  );
}

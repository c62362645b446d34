import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddAgent } from '../../api/agents';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';

interface Values {
  name: string;
  idNumber: string;
}

export function AddAgentModal(props: { organizationId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const [form] = Form.useForm<Values>();
  const add = useAddAgent(props.organizationId);
  const problem = useFormProblem(form, ['name', 'idNumber']);

  const close = () => {
    problem.clear();
    props.onClose();
  };

  return (
    <Modal
      title={t('account.addAgent')}
      open={props.open}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        name="agent"
        layout="vertical"
        requiredMark={false}
        clearOnDestroy
        onFinish={(values) => {
          problem.clear();
          add.mutate(values, {
            onSuccess: () => {
              message.success(t('account.agentAdded'));
              close();
            },
            onError: problem.show,
          });
        }}
      >
        <ProblemAlert problem={problem.problem} />
        <Form.Item label={t('fields.name')} name="name" rules={[rules.required(t('fields.name'))]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('fields.idNumber')}
          name="idNumber"
          rules={[rules.required(t('fields.idNumber'))]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

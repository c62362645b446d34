import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateStaff } from '../../api/staff';
import type { NewStaff, Staff, TotpSecret } from '../../api/types';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { useStaffOptions } from './useStaffOptions';

const fields = [
  'username',
  'name',
  'departmentId',
  'serviceCenterId',
  'roles',
  'mobile',
  'password',
] as const;

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (result: { staff: Staff } & TotpSecret) => void;
}

export function CreateStaffModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const options = useStaffOptions();
  const [form] = Form.useForm<NewStaff>();
  const create = useCreateStaff();
  const problem = useFormProblem(form, fields);
  const optional = (label: string) => `${label}${t('common.optional')}`;

  const close = () => {
    problem.clear();
    onClose();
  };

  return (
    <Modal
      title={t('staff.createTitle')}
      open={open}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form
        form={form}
        name="newStaff"
        layout="vertical"
        requiredMark={false}
        clearOnDestroy
        onFinish={(values) => {
          problem.clear();
          // Optional fields left empty are omitted rather than sent as "".
          const body: NewStaff = {
            ...values,
            mobile: values.mobile?.trim() || undefined,
            serviceCenterId: values.serviceCenterId || undefined,
          };
          create.mutate(body, {
            onSuccess: (result) => {
              message.success(t('staff.created'));
              onCreated(result);
            },
            onError: problem.show,
          });
        }}
      >
        <ProblemAlert problem={problem.problem} />
        <Form.Item
          label={t('fields.username')}
          name="username"
          rules={[rules.required(t('fields.username'))]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('fields.name')} name="name" rules={[rules.required(t('fields.name'))]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('fields.department')}
          name="departmentId"
          rules={[rules.requiredSelect(t('fields.department'))]}
        >
          <Select
            options={options.departments}
            loading={options.departmentsLoading}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item label={optional(t('fields.serviceCenter'))} name="serviceCenterId">
          <Select
            options={options.centers}
            loading={options.centersLoading}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item label={t('fields.roles')} name="roles" rules={[rules.requiredSelect(t('fields.roles'))]}>
          <Select mode="multiple" options={options.roles} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={optional(t('fields.mobile'))} name="mobile">
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item
          label={t('fields.initialPassword')}
          name="password"
          rules={[rules.required(t('fields.initialPassword'))]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

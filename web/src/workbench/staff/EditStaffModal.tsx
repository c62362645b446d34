import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateStaff } from '../../api/staff';
import type { Role, Staff, StaffStatus } from '../../api/types';
import { useFormRules } from '../../shared/formRules';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useFormProblem } from '../../shared/problem';
import { useStaffOptions } from './useStaffOptions';

interface Values {
  roles: Role[];
  status: StaffStatus;
}

export function EditStaffModal({ staff, onClose }: { staff: Staff | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const options = useStaffOptions();
  const [form] = Form.useForm<Values>();
  const update = useUpdateStaff();
  const problem = useFormProblem(form, ['roles', 'status']);

  const close = () => {
    problem.clear();
    onClose();
  };

  return (
    <Modal
      title={staff ? t('staff.editTitle', { name: staff.name }) : ''}
      open={staff !== null}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      {staff && (
        <Form
          form={form}
          name="editStaff"
          layout="vertical"
          requiredMark={false}
          initialValues={{ roles: staff.roles, status: staff.status }}
          onFinish={(change) => {
            problem.clear();
            update.mutate(
              { id: staff.id, change },
              {
                onSuccess: () => {
                  message.success(t('staff.updated'));
                  close();
                },
                onError: problem.show,
              },
            );
          }}
        >
          <ProblemAlert problem={problem.problem} />
          <Form.Item label={t('fields.roles')} name="roles" rules={[rules.requiredSelect(t('fields.roles'))]}>
            <Select mode="multiple" options={options.roles} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item label={t('fields.status')} name="status">
            <Select options={options.statuses} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { workRoles } from '../../../api/workflowTypes';
import { useFormRules } from '../../../shared/formRules';
import { useCaseLabels } from '../labels';
import { todayInShanghai } from '../time';

type Name = string | (string | number)[];

/** A free text the command requires (or, with `optional`, may carry). */
export function TextField(props: {
  name: Name;
  label: string;
  max: number;
  optional?: boolean;
  rows?: number;
  placeholder?: string;
}) {
  const rules = useFormRules();
  const { t } = useTranslation();
  return (
    <Form.Item
      name={props.name}
      label={props.optional ? `${props.label}${t('common.optional')}` : props.label}
      rules={props.optional ? [] : [rules.required(props.label)]}
    >
      {props.rows === 1 ? (
        <Input maxLength={props.max} placeholder={props.placeholder} />
      ) : (
        <Input.TextArea
          maxLength={props.max}
          showCount
          autoSize={{ minRows: props.rows ?? 3, maxRows: 10 }}
          placeholder={props.placeholder}
        />
      )}
    </Form.Item>
  );
}

/** A due date, strictly after today (Asia/Shanghai), as the engine requires. */
export function FutureDateField({ name, label }: { name: Name; label: string }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  return (
    <Form.Item name={name} label={label} rules={[rules.requiredSelect(label)]}>
      <DatePicker
        format="YYYY-MM-DD"
        placeholder={t('cases.form.chooseDate')}
        disabledDate={(day: Dayjs) => day.format('YYYY-MM-DD') <= todayInShanghai()}
      />
    </Form.Item>
  );
}

/** A department by name (searchable); `codes` narrows the list, e.g. to the case's departments. */
export function DepartmentField({ name, label, codes }: { name: Name; label: string; codes?: string[] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const rules = useFormRules();
  const options = codes
    ? codes.map((code) => ({ value: code, label: labels.department(code) }))
    : labels.departments.map((d) => ({
        value: d.code,
        label: t('staff.departmentOption', { name: d.name, division: d.divisionName }),
      }));
  return (
    <Form.Item name={name} label={label} rules={[rules.requiredSelect(label)]}>
      <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
    </Form.Item>
  );
}

/** Where a transfer or countersignature sends work: a department and a post in it. */
export function WorkTargetFields({ name }: { name: string }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const rules = useFormRules();
  return (
    <>
      <DepartmentField name={[name, 'department']} label={t('cases.form.department')} />
      <Form.Item
        name={[name, 'role']}
        label={t('cases.form.role')}
        rules={[rules.requiredSelect(t('cases.form.role'))]}
      >
        <Select options={workRoles.map((role) => ({ value: role, label: labels.role(role) }))} />
      </Form.Item>
    </>
  );
}

import { Alert, Form, type FormInstance, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServiceCenters } from '../../api/directory';
import { useFormRules } from '../../shared/formRules';

export interface ApplicantValues {
  name: string;
  idNumber: string;
  mobile?: string;
  /** 通办: the service centre where the applicant will collect the result. */
  collectAt?: string;
}

export const applicantFields = ['name', 'idNumber', 'mobile', 'collectAt'] as const;

/** The walk-in applicant as read off the ID card; the server checks the number and the registry. */
export function ApplicantForm({ form }: { form: FormInstance<ApplicantValues> }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const centers = useServiceCenters();
  return (
    <>
      <Alert type="info" showIcon className="block-gap" title={t('cases.window.applicantIntro')} />
      <Form form={form} name="applicant" layout="vertical" className="applicant-form">
        <Form.Item name="name" label={t('fields.name')} rules={[rules.required(t('fields.name'))]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('fields.idNumber')}
          rules={[rules.required(t('fields.idNumber'))]}
        >
          <Input maxLength={18} autoComplete="off" className="mono" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={`${t('fields.mobile')}${t('common.optional')}`}
          extra={t('cases.window.mobileHint')}
        >
          <Input maxLength={11} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="collectAt"
          label={`${t('cases.form.pickupPlace')}${t('common.optional')}`}
          extra={t('cases.form.pickupPlaceHint')}
        >
          <Select
            allowClear
            loading={centers.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Form>
    </>
  );
}

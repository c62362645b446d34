import { Checkbox, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../shared/formRules';
import { FeesField } from '../fields/FeesField';
import { StringListField } from '../fields/StringListField';
import { useGuideOptions } from './useGuideOptions';

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="editor-group">
      <Typography.Title level={2} className="editor-group-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

const codePattern = /^\d{6}-[A-Z]{1,8}-\d{4}$/;

/** Every guide element except the materials and the form, grouped the way a guide reads. */
export function BasicInfoTab({ isNew }: { isNew: boolean }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const options = useGuideOptions();
  const optional = (label: string) => `${label}${t('common.optional')}`;

  return (
    <>
      <Group title={t('editor.groups.identity')}>
        {isNew && (
          <Form.Item
            name="code"
            label={t('editor.code')}
            extra={t('editor.codeHelp')}
            rules={[
              rules.required(t('editor.code')),
              { pattern: codePattern, message: t('editor.codeFormat') },
            ]}
            normalize={(value: string) => value.toUpperCase()}
          >
            <Input autoComplete="off" className="code-input" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('editor.name')} rules={[rules.required(t('editor.name'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <div className="field-grid">
          <Form.Item name="type" label={t('editor.type')} rules={[rules.requiredSelect(t('editor.type'))]}>
            <Select options={options.types} />
          </Form.Item>
          <Form.Item
            name="department"
            label={t('editor.department')}
            rules={[rules.requiredSelect(t('editor.department'))]}
          >
            <Select
              options={options.departments}
              loading={options.departmentsLoading}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item name="level" label={t('editor.level')} rules={[rules.requiredSelect(t('editor.level'))]}>
            <Select options={options.levels} />
          </Form.Item>
        </div>
        <Form.Item
          name="audiences"
          label={t('editor.audiences')}
          rules={[{ ...rules.requiredSelect(t('editor.audiences')), type: 'array', min: 1 }]}
        >
          <Checkbox.Group options={options.audiences} />
        </Form.Item>
        <Form.Item name="themes" label={optional(t('editor.themes'))}>
          <Select mode="multiple" options={options.themes} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="keywords" label={optional(t('editor.keywords'))} extra={t('editor.keywordsHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item name="summary" label={t('editor.summary')} rules={[rules.required(t('editor.summary'))]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Group>

      <Group title={t('editor.groups.conditions')}>
        <StringListField
          name="conditions"
          legend={optional(t('editor.conditions'))}
          itemLabel={(n) => t('editor.conditionItem', { n })}
          addLabel={t('editor.addCondition')}
          multiline
        />
        <StringListField
          name="legalBasis"
          legend={optional(t('editor.legalBasis'))}
          itemLabel={(n) => t('editor.legalBasisItem', { n })}
          addLabel={t('editor.addLegalBasis')}
          multiline
        />
      </Group>

      <Group title={t('editor.groups.service')}>
        <div className="field-grid">
          <Form.Item
            name="onlineDepth"
            label={t('editor.onlineDepth')}
            rules={[rules.requiredSelect(t('editor.onlineDepth'))]}
          >
            <Select options={options.depths} />
          </Form.Item>
          <Form.Item
            name="visits"
            label={t('editor.visits')}
            rules={[rules.requiredSelect(t('editor.visits'))]}
          >
            <InputNumber min={0} max={10} precision={0} />
          </Form.Item>
          <Form.Item
            name="crossRegion"
            label={t('editor.crossRegion')}
            rules={[rules.requiredSelect(t('editor.crossRegion'))]}
          >
            <Select options={options.crossRegions} />
          </Form.Item>
        </div>
        <Form.Item
          name="channels"
          label={t('editor.channels')}
          rules={[{ ...rules.requiredSelect(t('editor.channels')), type: 'array', min: 1 }]}
        >
          <Checkbox.Group options={options.channels} />
        </Form.Item>
        <Form.Item name="commitment" label={t('editor.commitment')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Group>

      <Group title={t('editor.groups.limits')}>
        <div className="field-grid">
          <Form.Item
            name="legalLimitDays"
            label={t('editor.legalLimitDays')}
            extra={t('editor.limitHelp')}
            rules={[rules.requiredSelect(t('editor.legalLimitDays'))]}
          >
            <InputNumber min={0} max={365} precision={0} />
          </Form.Item>
          <Form.Item
            name="promisedLimitDays"
            label={t('editor.promisedLimitDays')}
            extra={t('editor.limitHelp')}
            dependencies={['legalLimitDays']}
            rules={[
              rules.requiredSelect(t('editor.promisedLimitDays')),
              ({ getFieldValue }) => ({
                validator: (_, value?: number) =>
                  value === undefined || value <= (getFieldValue('legalLimitDays') ?? 0)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('editor.promisedExceeds'))),
              }),
            ]}
          >
            <InputNumber min={0} max={365} precision={0} />
          </Form.Item>
        </div>
        <FeesField />
      </Group>

      <Group title={t('editor.groups.places')}>
        <Form.Item name="places" label={optional(t('editor.places'))} extra={t('editor.placesHelp')}>
          <Select mode="tags" options={options.places} />
        </Form.Item>
        <Form.Item
          name="openingHours"
          label={t('editor.openingHours')}
          rules={[rules.required(t('editor.openingHours'))]}
        >
          <Input />
        </Form.Item>
        <div className="field-grid">
          <Form.Item
            name="consultPhone"
            label={t('editor.consultPhone')}
            rules={[rules.required(t('editor.consultPhone'))]}
          >
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item
            name="complaintPhone"
            label={t('editor.complaintPhone')}
            rules={[rules.required(t('editor.complaintPhone'))]}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </div>
      </Group>

      <Group title={t('editor.groups.process')}>
        <StringListField
          name="process"
          legend={t('editor.process')}
          itemLabel={(n) => t('editor.processStep', { n })}
          addLabel={t('editor.addStep')}
          atLeastOne={t('validation.required', { label: t('editor.process') })}
        />
        <Form.Item
          name="result"
          label={t('editor.result')}
          extra={t('editor.resultHelp')}
          rules={[rules.required(t('editor.result'))]}
        >
          <Input />
        </Form.Item>
      </Group>
    </>
  );
}

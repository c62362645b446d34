import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldKind } from '../../api/catalogueTypes';
import { isChoice } from '../matters/guideForm';
import { FieldList } from './FieldList';

interface Props {
  /** The field's name inside its list. */
  name: number;
  /** The field's absolute path in the editor's form. */
  path: (string | number)[];
  kind: FieldKind | undefined;
  depth: number;
}

/** The settings only some kinds of field have: options, bounds, units, nested fields. */
export function FieldKindOptions({ name, path, kind, depth }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const repeat = Form.useWatch([...path, 'repeat'], form);
  const optional = (label: string) => `${label}${t('common.optional')}`;

  if (isChoice(kind)) {
    return (
      <Form.Item
        name={[name, 'options']}
        label={t('designer.options')}
        extra={t('designer.optionsHelp')}
        rules={[
          {
            required: true,
            type: 'array',
            min: 1,
            message: t('validation.required', { label: t('designer.options') }),
          },
        ]}
      >
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',']} />
      </Form.Item>
    );
  }
  if (kind === 'text' || kind === 'textarea') {
    return (
      <div className="field-grid">
        <Form.Item name={[name, 'maxLength']} label={optional(t('designer.maxLength'))}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        {kind === 'text' && (
          <Form.Item name={[name, 'pattern']} label={optional(t('designer.pattern'))}>
            <Input className="code-input" />
          </Form.Item>
        )}
      </div>
    );
  }
  if (kind === 'number') {
    return (
      <div className="field-grid">
        <Form.Item name={[name, 'min']} label={optional(t('designer.min'))}>
          <InputNumber />
        </Form.Item>
        <Form.Item name={[name, 'max']} label={optional(t('designer.max'))}>
          <InputNumber />
        </Form.Item>
        <Form.Item name={[name, 'unit']} label={optional(t('designer.unit'))}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name={[name, 'integer']} label={t('designer.integer')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </div>
    );
  }
  if (kind === 'group') {
    return (
      <>
        <div className="field-grid">
          <Form.Item name={[name, 'repeat']} label={t('designer.repeat')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {repeat && (
            <>
              <Form.Item name={[name, 'minItems']} label={optional(t('designer.minItems'))}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
              <Form.Item name={[name, 'maxItems']} label={optional(t('designer.maxItems'))}>
                <InputNumber min={1} precision={0} />
              </Form.Item>
            </>
          )}
        </div>
        <fieldset className="designer-subfields">
          <legend>{t('designer.subFields')}</legend>
          <FieldList name={[name, 'fields']} path={[...path, 'fields']} depth={depth + 1} />
        </fieldset>
      </>
    );
  }
  return null;
}

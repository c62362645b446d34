import { Form, Input, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_LIMIT_DEFAULTS } from '../../api/catalogueTypes';
import { useFormRules } from '../../shared/formRules';
import { ListItemActions } from '../fields/ListItemActions';
import type { EditorValues } from './guideForm';
import { MaterialFileInput } from './MaterialFileInput';
import { useGuideOptions } from './useGuideOptions';

interface Props {
  /** The matter's code; undefined while it is new. */
  code: string | undefined;
  name: number;
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

export function MaterialCard({ code, name, index, count, move, remove }: Props) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const options = useGuideOptions();
  const form = Form.useFormInstance<EditorValues>();
  const requirement = Form.useWatch(['materials', name, 'requirement'], form);
  const sourceKind = Form.useWatch(['materials', name, 'source', 'kind'], form);
  const title = t('editor.materials.title', { n: index + 1 });

  return (
    <section className="sub-card" aria-label={title}>
      <div className="sub-card-head">
        <span className="sub-card-title">{title}</span>
        <ListItemActions index={index} count={count} itemLabel={title} move={move} remove={remove} />
      </div>
      <Form.Item
        name={[name, 'name']}
        label={t('editor.materials.name')}
        rules={[rules.required(t('editor.materials.name'))]}
      >
        <Input />
      </Form.Item>
      <div className="field-grid">
        <Form.Item name={[name, 'form']} label={t('editor.materials.form')}>
          <Select options={options.materialForms} />
        </Form.Item>
        <Form.Item name={[name, 'copies']} label={t('editor.materials.copies')}>
          <InputNumber min={0} max={20} precision={0} />
        </Form.Item>
        <Form.Item
          name={[name, 'key']}
          label={t('editor.materials.key')}
          valuePropName="checked"
          extra={t('editor.materials.keyHelp')}
        >
          <Switch />
        </Form.Item>
      </div>
      <Form.Item name={[name, 'requirement']} label={t('editor.materials.requirement')}>
        <Radio.Group options={options.requirements} />
      </Form.Item>
      {requirement === 'conditional' && (
        <Form.Item
          name={[name, 'condition']}
          label={t('editor.materials.condition')}
          extra={t('editor.materials.conditionHelp')}
          rules={[rules.required(t('editor.materials.condition'))]}
        >
          <Input />
        </Form.Item>
      )}
      <div className="field-grid">
        <Form.Item
          name={[name, 'source', 'kind']}
          label={t('editor.materials.sourceKind')}
          extra={t('editor.materials.sourceHelp')}
        >
          <Select options={options.sourceKinds} />
        </Form.Item>
        {sourceKind === 'license' && (
          <Form.Item
            name={[name, 'source', 'licenseType']}
            label={t('editor.materials.licenseType')}
            rules={[rules.required(t('editor.materials.licenseType'))]}
          >
            <Input />
          </Form.Item>
        )}
        {sourceKind === 'license' && (
          // Absent means the applicant's own: a saved guide without it keeps its meaning.
          <Form.Item name={[name, 'source', 'holder']} label={t('editor.materials.licenseHolder')}>
            <Select options={options.licenseHolders} placeholder={t('vocab.licenseHolder.applicant')} />
          </Form.Item>
        )}
        {sourceKind === 'shared_data' && (
          <Form.Item
            name={[name, 'source', 'dataset']}
            label={t('editor.materials.dataset')}
            rules={[rules.required(t('editor.materials.dataset'))]}
          >
            <Input />
          </Form.Item>
        )}
        {sourceKind === 'shared_data' && (
          <Form.Item name={[name, 'source', 'holder']} label={t('editor.materials.registryHolder')}>
            <Select options={options.registryHolders} placeholder={t('vocab.registryHolder.applicant')} />
          </Form.Item>
        )}
      </div>
      <Form.Item name={[name, 'note']} label={`${t('editor.materials.note')}${t('common.optional')}`}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      {sourceKind === 'applicant' && (
        <>
          <div className="field-grid">
            <Form.Item
              name={[name, 'maxFiles']}
              label={`${t('materialFiles.editor.maxFiles')}${t('common.optional')}`}
              extra={t('materialFiles.editor.limitsHelp', MATERIAL_LIMIT_DEFAULTS)}
            >
              <InputNumber
                min={1}
                max={20}
                precision={0}
                placeholder={String(MATERIAL_LIMIT_DEFAULTS.maxFiles)}
              />
            </Form.Item>
            <Form.Item
              name={[name, 'maxSizeMb']}
              label={`${t('materialFiles.editor.maxSizeMb')}${t('common.optional')}`}
            >
              <InputNumber
                min={1}
                max={50}
                precision={0}
                placeholder={String(MATERIAL_LIMIT_DEFAULTS.maxSizeMb)}
              />
            </Form.Item>
          </div>
          <fieldset className="list-field">
            <legend>{t('materialFiles.editor.filesTitle')}</legend>
            <Typography.Paragraph type="secondary">
              {t('materialFiles.editor.filesHelp')}
            </Typography.Paragraph>
            <Form.Item name={[name, 'templateFileId']} label={t('materialFiles.template')}>
              <MaterialFileInput code={code} kind="template" />
            </Form.Item>
            <Form.Item name={[name, 'sampleFileId']} label={t('materialFiles.sample')}>
              <MaterialFileInput code={code} kind="sample" />
            </Form.Item>
          </fieldset>
        </>
      )}
    </section>
  );
}

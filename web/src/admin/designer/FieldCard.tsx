import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FieldKind, type FormField, fieldKinds } from '../../api/catalogueTypes';
import { useFormRules } from '../../shared/formRules';
import { ListItemActions } from '../fields/ListItemActions';
import { ConditionEditor } from './ConditionEditor';
import { FieldKindOptions } from './FieldKindOptions';

const namePattern = /^[a-z][a-zA-Z0-9]{0,63}$/;

interface Props {
  name: number;
  index: number;
  count: number;
  /** Absolute path of the list this field is in. */
  listPath: (string | number)[];
  depth: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

export function FieldCard({ name, index, count, listPath, depth, move, remove }: Props) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const form = Form.useFormInstance();
  const path = [...listPath, name];
  const kind = Form.useWatch<FieldKind | undefined>([...path, 'kind'], form);
  const label = Form.useWatch<string | undefined>([...path, 'label'], form);
  const siblings = Form.useWatch<FormField[] | undefined>(listPath, form) ?? [];
  const title = t('designer.fieldTitle', { n: index + 1 });
  const id = `cond-${path.join('-')}`;

  return (
    <section className={`designer-field designer-depth-${depth}`} aria-label={title}>
      <div className="sub-card-head">
        <span className="sub-card-title">
          {title}
          {label && <span className="designer-field-label"> · {label}</span>}
        </span>
        <ListItemActions index={index} count={count} itemLabel={title} move={move} remove={remove} />
      </div>
      <div className="field-grid">
        <Form.Item
          name={[name, 'label']}
          label={t('designer.label')}
          rules={[rules.required(t('designer.label'))]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name={[name, 'kind']} label={t('designer.kind')}>
          <Select
            options={fieldKinds.map((k) => ({ value: k, label: t(`vocab.fieldKind.${k}`) }))}
            popupMatchSelectWidth={false}
            // Thirteen kinds: all of them in the list, none hidden behind virtual scrolling.
            virtual={false}
            listHeight={440}
          />
        </Form.Item>
        <Form.Item
          name={[name, 'name']}
          label={t('designer.name')}
          extra={t('designer.nameHelp')}
          rules={[
            rules.required(t('designer.name')),
            { pattern: namePattern, message: t('designer.nameFormat') },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) => {
                const all = (getFieldValue(listPath) as FormField[] | undefined) ?? [];
                return all.filter((f) => f?.name === value).length > 1
                  ? Promise.reject(new Error(t('designer.nameTaken')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input autoComplete="off" className="code-input" />
        </Form.Item>
        <Form.Item name={[name, 'required']} label={t('designer.required')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </div>
      <FieldKindOptions name={name} path={path} kind={kind} depth={depth} />
      <Form.Item name={[name, 'help']} label={`${t('designer.help')}${t('common.optional')}`}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name={[name, 'visibleIf']}>
        <ConditionEditor id={id} siblings={siblings.filter((_, i) => i !== index)} />
      </Form.Item>
    </section>
  );
}

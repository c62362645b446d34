import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Condition, FormField } from '../../api/catalogueTypes';
import { ConditionNode } from './ConditionNode';
import { conditionFields, firstTest } from './conditions';

interface Props {
  /** From the Form.Item: the field's `visibleIf`, and its id. */
  value?: Condition;
  onChange?: (value: Condition | undefined) => void;
  id?: string;
  /** The other fields of the same group, which a condition may refer to. */
  siblings: readonly FormField[];
}

/** 显示条件: when the field is shown (and then required); tests combined with 且 / 或 / 非. */
export function ConditionEditor({ value, onChange, id = 'condition', siblings }: Props) {
  const { t } = useTranslation();
  const usable = conditionFields(siblings).length > 0;

  return (
    <fieldset className="condition-editor">
      <legend>{t('designer.condition.title')}</legend>
      {value ? (
        <>
          <ConditionNode value={value} onChange={(next) => onChange?.(next)} siblings={siblings} id={id} />
          <Button size="small" type="link" danger onClick={() => onChange?.(undefined)}>
            {t('designer.condition.removeAll')}
          </Button>
        </>
      ) : (
        <div className="condition-empty">
          <Typography.Text type="secondary">{t('designer.condition.always')}</Typography.Text>
          {usable ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => onChange?.(firstTest(siblings))}>
              {t('designer.condition.add')}
            </Button>
          ) : (
            <Typography.Text type="secondary" className="condition-hint">
              {t('designer.condition.noSiblings')}
            </Typography.Text>
          )}
        </div>
      )}
    </fieldset>
  );
}

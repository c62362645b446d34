import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../shared/formRules';
import { ListItemActions } from './ListItemActions';
import { YuanInput } from './YuanInput';

export function FeesField() {
  const { t } = useTranslation();
  const rules = useFormRules();
  return (
    <fieldset className="list-field">
      <legend>{t('editor.fees')}</legend>
      <Typography.Paragraph type="secondary" className="form-note">
        {t('editor.feesHelp')}
      </Typography.Paragraph>
      <Form.List name="fees">
        {(fields, { add, remove, move }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="sub-card">
                <div className="sub-card-head">
                  <span className="sub-card-title">{t('editor.fee', { n: index + 1 })}</span>
                  <ListItemActions
                    index={index}
                    count={fields.length}
                    itemLabel={t('editor.fee', { n: index + 1 })}
                    move={move}
                    remove={remove}
                  />
                </div>
                <div className="field-grid">
                  <Form.Item
                    name={[field.name, 'item']}
                    label={t('editor.feeItem')}
                    rules={[rules.required(t('editor.feeItem'))]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'amountFen']}
                    label={t('editor.feeAmount')}
                    rules={[rules.requiredSelect(t('editor.feeAmount'))]}
                  >
                    <YuanInput />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'basis']}
                    label={`${t('editor.feeBasis')}${t('common.optional')}`}
                  >
                    <Input />
                  </Form.Item>
                </div>
              </div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ item: '', amountFen: 0 })}>
              {t('editor.addFee')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../../api/catalogueTypes';
import { FieldList } from './FieldList';
import { FormPreview } from './FormPreview';

/** 表单设计: the field list beside (desktop) or above (phone) the live preview. */
export function FormDesigner() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const fields = Form.useWatch<FormField[] | undefined>('form', form);
  const title = Form.useWatch<string | undefined>('name', form) ?? '';

  return (
    <>
      <Typography.Paragraph type="secondary">{t('designer.intro')}</Typography.Paragraph>
      <div className="designer">
        <div className="designer-fields">
          <FieldList name="form" path={['form']} depth={0} />
        </div>
        <FormPreview title={title} fields={fields} />
      </div>
    </>
  );
}

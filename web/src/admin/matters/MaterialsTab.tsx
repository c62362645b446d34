import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaterialInput } from '../../api/catalogueTypes';
import { MaterialCard } from './MaterialCard';

const newMaterial: MaterialInput = {
  name: '',
  form: 'original',
  copies: 1,
  requirement: 'required',
  key: true,
  source: { kind: 'applicant' },
};

/** 申请材料: each with its form, copies, key or non-key (容缺) and where it comes from. */
export function MaterialsTab({ code }: { code: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('editor.materials.intro')}</Typography.Paragraph>
      <Form.List name="materials">
        {(fields, { add, remove, move }) => (
          <div className="card-stack">
            {fields.length === 0 && <Empty description={t('editor.materials.empty')} />}
            {fields.map((field, index) => (
              <MaterialCard
                key={field.key}
                code={code}
                name={field.name}
                index={index}
                count={fields.length}
                move={move}
                remove={remove}
              />
            ))}
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({ ...newMaterial })}>
                {t('editor.materials.add')}
              </Button>
            </div>
          </div>
        )}
      </Form.List>
    </>
  );
}

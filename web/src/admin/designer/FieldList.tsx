import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../../api/catalogueTypes';
import { nextFieldName } from '../matters/guideForm';
import { FieldCard } from './FieldCard';

interface Props {
  /** The list's name relative to the enclosing list ('form' at the top, [i, 'fields'] in a group). */
  name: string | (string | number)[];
  /** The list's absolute path in the editor's form. */
  path: (string | number)[];
  depth: number;
}

/** The fields of the form, or of one group; groups nest the same list inside their card. */
export function FieldList({ name, path, depth }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <div className="designer-list">
          {fields.length === 0 && depth === 0 && <Empty description={t('designer.empty')} />}
          {fields.map((field, index) => (
            <FieldCard
              key={field.key}
              name={field.name}
              index={index}
              count={fields.length}
              listPath={path}
              depth={depth}
              move={move}
              remove={remove}
            />
          ))}
          <div>
            <Button
              icon={<PlusOutlined />}
              type={depth === 0 ? 'dashed' : 'default'}
              onClick={() => {
                const siblings = (form.getFieldValue(path) as FormField[] | undefined) ?? [];
                add({ kind: 'text', name: nextFieldName(siblings), label: '', required: false });
              }}
            >
              {depth === 0 ? t('designer.addField') : t('designer.addSubField')}
            </Button>
          </div>
        </div>
      )}
    </Form.List>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  /** What "add another" starts a row with. */
  newRow: Record<string, unknown>;
  children: (row: FormListFieldData, index: number) => ReactNode;
}

/** A list of numbered rows (missing materials, corrections) the clerk can add to and remove from. */
export function FormRows({ name, newRow, children }: Props) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <fieldset className="form-rows">
          {rows.map((row, i) => (
            <div key={row.key} className="form-row">
              <div className="form-row-head">
                <span>{t('cases.form.itemNo', { n: i + 1 })}</span>
                {rows.length > 1 && (
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('cases.form.removeItem')}
                    onClick={() => remove(row.name)}
                  />
                )}
              </div>
              {children(row, i)}
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(newRow)}>
            {t('cases.form.addItem')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

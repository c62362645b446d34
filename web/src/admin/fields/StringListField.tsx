import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useFormRules } from '../../shared/formRules';
import { ListItemActions } from './ListItemActions';

interface Props {
  name: string;
  legend: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  multiline?: boolean;
  /** At least one line (the process has at least one step). */
  atLeastOne?: string;
}

/** An ordered list of texts (conditions, legal basis, process steps), each line labelled. */
export function StringListField({ name, legend, itemLabel, addLabel, multiline, atLeastOne }: Props) {
  const rules = useFormRules();
  return (
    <fieldset className="list-field">
      <legend>{legend}</legend>
      <Form.List
        name={name}
        rules={
          atLeastOne
            ? [
                {
                  validator: (_, value?: unknown[]) =>
                    value?.length ? Promise.resolve() : Promise.reject(new Error(atLeastOne)),
                },
              ]
            : undefined
        }
      >
        {(fields, { add, remove, move }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="list-row">
                <Form.Item
                  name={field.name}
                  label={itemLabel(index + 1)}
                  rules={[rules.required(itemLabel(index + 1))]}
                  className="list-row-input"
                >
                  {multiline ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} /> : <Input />}
                </Form.Item>
                <ListItemActions
                  index={index}
                  count={fields.length}
                  itemLabel={itemLabel(index + 1)}
                  move={move}
                  remove={remove}
                />
              </div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add('')}>
              {addLabel}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

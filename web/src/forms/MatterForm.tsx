import './forms.css';
import Form from '@rjsf/antd';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import type { JsonSchema } from '../api/catalogueTypes';
import type { Problem } from '../api/types';
import { fields, formContext, formUi, templates, untitled, widgets } from './formConfig';
import { errorSchemaOf } from './serverErrors';
import { useFormTexts } from './useFormTexts';
import { formValidator } from './validator';

type Data = Record<string, unknown>;

interface Props {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  checkLabel: string;
  checking?: boolean;
  /** Called with the answers once they pass the checks in the browser. */
  onCheck: (data: Data) => void;
  /** Field errors from the server, shown under the fields. */
  problem?: Problem | null;
  /** Any edit makes the server's verdict stale. */
  onEdit?: () => void;
  idPrefix?: string;
}

/**
 * An application form as the catalogue compiles it (JSON Schema draft-07 + rjsf UI schema),
 * rendered with antd. Conditional fields live in if/then branches, so rjsf shows them exactly
 * when the server would require them.
 */
export function MatterForm(props: Props) {
  const { transformErrors, translateString } = useFormTexts();
  const [data, setData] = useState<Data>({});
  const schema = useMemo(() => untitled(props.schema), [props.schema]);
  const uiSchema = useMemo(() => formUi(props.uiSchema), [props.uiSchema]);
  const extraErrors = useMemo(() => errorSchemaOf(props.problem ?? null), [props.problem]);

  return (
    <Form
      className="matter-form"
      idPrefix={props.idPrefix}
      schema={schema}
      uiSchema={uiSchema}
      validator={formValidator}
      formData={data}
      fields={fields}
      templates={templates}
      widgets={widgets}
      formContext={formContext}
      extraErrors={extraErrors}
      transformErrors={transformErrors}
      translateString={translateString}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      onChange={(event) => {
        setData(event.formData ?? {});
        props.onEdit?.();
      }}
      onSubmit={(event) => props.onCheck(event.formData ?? {})}
      // The errors show under their fields; rjsf would otherwise also log them to the console.
      onError={() => undefined}
    >
      <div className="matter-form-actions">
        <Button type="primary" htmlType="submit" loading={props.checking}>
          {props.checkLabel}
        </Button>
      </div>
    </Form>
  );
}

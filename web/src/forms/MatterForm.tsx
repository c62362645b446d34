import './forms.css';
import Form from '@rjsf/antd';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import type { JsonSchema } from '../api/catalogueTypes';
import type { Problem } from '../api/types';
import { AddressField } from './AddressField';
import { errorSchemaOf } from './serverErrors';
import { AddButton, FileWidget } from './templates';
import { UnitInputTemplate } from './UnitInputTemplate';
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

const fields = { address: AddressField };

/** The address field shows its own errors under its parts (see AddressField). */
function addressUi(ui: unknown): unknown {
  if (!ui || typeof ui !== 'object' || Array.isArray(ui)) return ui;
  const node = Object.fromEntries(Object.entries(ui).map(([key, value]) => [key, addressUi(value)]));
  return node['ui:field'] === 'address' ? { ...node, 'ui:hideError': true } : node;
}
const templates = { BaseInputTemplate: UnitInputTemplate, ButtonTemplates: { AddButton } };
const widgets = { FileWidget };
// Labels above their inputs, without the colon antd adds to horizontal labels.
const formContext = { colon: false };

/**
 * An application form as the catalogue compiles it (JSON Schema draft-07 + rjsf UI schema),
 * rendered with antd. Conditional fields live in if/then branches, so rjsf shows them exactly
 * when the server would require them.
 */
export function MatterForm(props: Props) {
  const { transformErrors, translateString } = useFormTexts();
  const [data, setData] = useState<Data>({});
  // The schema's own title is the page's business; the sections above already name the form.
  const schema = useMemo(() => {
    const { title: _title, ...rest } = props.schema;
    return rest as RJSFSchema;
  }, [props.schema]);
  const uiSchema = useMemo(() => addressUi(props.uiSchema) as UiSchema, [props.uiSchema]);
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

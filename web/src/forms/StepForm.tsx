import './forms.css';
import Form from '@rjsf/antd';
import type { ErrorSchema } from '@rjsf/utils';
import { type ReactNode, useMemo } from 'react';
import type { JsonSchema } from '../api/catalogueTypes';
import { fields, formContext, formUi, templates, untitled, widgets } from './formConfig';
import { useFormTexts } from './useFormTexts';
import { formValidator } from './validator';

type Data = Record<string, unknown>;

interface Props {
  /** The step's part of the form (see splitForm); the answers are the whole form's. */
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  formData: Data;
  onChange: (data: Data) => void;
  /** Called once the step's answers pass the checks in the browser. */
  onNext: (data: Data) => void;
  /** The server's field errors on this step, shown under their fields. */
  extraErrors?: ErrorSchema;
  idPrefix?: string;
  /** The step's buttons; the one of type submit checks the step and calls onNext. */
  children: ReactNode;
}

/** One page of an application form, controlled: the answers live in the flow around it. */
export function StepForm(props: Props) {
  const { transformErrors, translateString } = useFormTexts();
  const schema = useMemo(() => untitled(props.schema), [props.schema]);
  const uiSchema = useMemo(() => formUi(props.uiSchema), [props.uiSchema]);

  return (
    <Form
      className="matter-form"
      idPrefix={props.idPrefix}
      schema={schema}
      uiSchema={uiSchema}
      validator={formValidator}
      formData={props.formData}
      fields={fields}
      templates={templates}
      widgets={widgets}
      formContext={formContext}
      extraErrors={props.extraErrors}
      transformErrors={transformErrors}
      translateString={translateString}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      // rjsf keeps answers outside this step's schema, but merge anyway: they are not its to drop.
      onChange={(event) => props.onChange({ ...props.formData, ...(event.formData ?? {}) })}
      onSubmit={(event) => props.onNext({ ...props.formData, ...(event.formData ?? {}) })}
      onError={() => undefined}
    >
      {props.children}
    </Form>
  );
}

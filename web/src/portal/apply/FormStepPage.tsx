import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterForm } from '../../api/catalogueTypes';
import type { FormStep } from '../../forms/formSteps';
import { StepForm } from '../../forms/StepForm';
import { errorSchemaOf } from '../../forms/serverErrors';
import { ApplyActions } from './ApplyActions';
import type { FieldError } from './formProblem';
import { StepErrors } from './StepErrors';

type Data = Record<string, unknown>;

interface Props {
  form: MatterForm;
  step: FormStep;
  index: number;
  data: Data;
  errors: readonly FieldError[];
  returnToCheck: boolean;
  onChange: (data: Data) => void;
  onNext: (data: Data) => void;
  onPrevious?: () => void;
  onSaveDraft: () => void;
  saving: boolean;
}

/** One page of the form: its questions, checked in the browser before moving on. */
export function FormStepPage(props: Props) {
  const { t } = useTranslation();
  const extraErrors = useMemo(
    () => errorSchemaOf({ title: '', status: 400, errors: [...props.errors] }),
    [props.errors],
  );
  return (
    <>
      <StepErrors errors={props.errors} schema={props.form.schema} />
      <StepForm
        idPrefix={`apply-${props.index + 1}`}
        schema={props.step.schema}
        uiSchema={props.form.uiSchema}
        formData={props.data}
        extraErrors={extraErrors}
        onChange={props.onChange}
        onNext={props.onNext}
      >
        <ApplyActions
          primary={{ label: props.returnToCheck ? t('apply.backToCheck') : t('apply.next') }}
          onPrevious={props.onPrevious}
          onSaveDraft={props.onSaveDraft}
          saving={props.saving}
        />
      </StepForm>
    </>
  );
}

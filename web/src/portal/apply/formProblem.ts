import type { Problem } from '../../api/types';
import type { FormStep } from '../../forms/formSteps';

type FieldError = NonNullable<Problem['errors']>[number];

// The server names answers `formData.<path>` (formData.members.0.name); JSON pointers are read too.
function answerPath(field: string): string | null {
  const dotted = field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
  return dotted.startsWith('formData.') ? dotted.slice('formData.'.length) : null;
}

/** The server's errors on answers, with paths relative to the form data; null when there are none. */
export function answerErrors(problem: Problem): FieldError[] | null {
  const errors = (problem.errors ?? []).flatMap((error) => {
    const path = answerPath(error.field);
    return path ? [{ ...error, field: path }] : [];
  });
  return errors.length ? errors : null;
}

export const topField = (error: FieldError) => error.field.split('.')[0]!;

export function errorsOnStep(errors: readonly FieldError[], step: FormStep): FieldError[] {
  return errors.filter((error) => step.fields.includes(topField(error)));
}

/** The first page with an error, in the form's order; -1 when no page asks the fields. */
export function firstStepWithErrors(errors: readonly FieldError[], steps: readonly FormStep[]): number {
  return steps.findIndex((step) => errorsOnStep(errors, step).length > 0);
}

/** An edit answers the errors of the fields it touched; the others stay until the next submit. */
export function withoutChanged(errors: readonly FieldError[], before: object, after: object): FieldError[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const changed = new Set(
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
      (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
    ),
  );
  return errors.filter((error) => !changed.has(topField(error)));
}

export type { FieldError };

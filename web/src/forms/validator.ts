import type { CustomValidator, ErrorTransformer, RJSFSchema, UiSchema, ValidatorType } from '@rjsf/utils';
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import { customFormats } from './formats';
import { checkSchema, type FormatCheck, type Schema } from './jsonSchemaCheck';

type Data = Record<string, unknown>;

const isoDate = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const formats: Record<string, FormatCheck> = { ...customFormats, date: isoDate };

/**
 * rjsf's validator, interpreting the schema instead of compiling it (see jsonSchemaCheck), so it
 * runs under a Content-Security-Policy without 'unsafe-eval'. Errors go through the same
 * processing as @rjsf/validator-ajv8's, so rjsf shows them exactly as it would Ajv's.
 */
export const formValidator: ValidatorType<Data> = {
  rawValidation<Result>(schema: RJSFSchema, formData?: Data) {
    return { errors: checkSchema(schema, formData, formats) as Result[] };
  },

  validateFormData(
    formData: Data | undefined,
    schema: RJSFSchema,
    customValidate?: CustomValidator<Data>,
    transformErrors?: ErrorTransformer<Data>,
    uiSchema?: UiSchema<Data>,
  ) {
    return processRawValidationErrors(
      formValidator,
      { errors: checkSchema(schema, formData, formats) as never },
      formData,
      schema,
      customValidate,
      transformErrors,
      uiSchema,
    );
  },

  isValid(schema: RJSFSchema, formData: Data | undefined, rootSchema: RJSFSchema) {
    return checkSchema(schema, formData, formats, rootSchema as Schema).length === 0;
  },
};

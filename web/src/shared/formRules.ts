import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Client-side checks stay deliberately shallow (present, repeated the same): the server owns the
 * real rules for ID numbers, credit codes and passwords and answers them per field.
 */
export function useFormRules() {
  const { t } = useTranslation();
  return {
    required: (label: string): FormRule => ({
      required: true,
      whitespace: true,
      message: t('validation.required', { label }),
    }),
    requiredSelect: (label: string): FormRule => ({
      required: true,
      message: t('validation.requiredSelect', { label }),
    }),
    sameAs:
      (field: string): FormRule =>
      ({ getFieldValue }) => ({
        validator: (_, value) =>
          !value || getFieldValue(field) === value
            ? Promise.resolve()
            : Promise.reject(new Error(t('validation.passwordMismatch'))),
      }),
    totp: (): FormRule => ({ pattern: /^\d{6}$/, message: t('validation.totpFormat') }),
  };
}

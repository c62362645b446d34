import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JsonSchema } from '../../api/catalogueTypes';
import { fieldTrail } from '../../forms/fieldTitle';
import type { FieldError } from './formProblem';

/** The server's verdict on this page's answers, summarised above them (GOV.UK error summary). */
export function StepErrors({ errors, schema }: { errors: readonly FieldError[]; schema: JsonSchema }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const describe = (field: string) =>
    fieldTrail(schema, field)
      .map((part) => (typeof part === 'number' ? t('answers.item', { n: part }) : part))
      .join(' › ');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="block-gap"
      title={t('apply.fixErrors', { count: errors.length })}
      description={
        <ul className="problem-lines">
          {errors.map((e) => (
            <li key={`${e.field}-${e.code}`}>
              {t('common.labelled', { label: describe(e.field), text: e.message })}
            </li>
          ))}
        </ul>
      }
    />
  );
}

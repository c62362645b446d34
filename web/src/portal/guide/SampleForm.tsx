import { Alert, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckMatterForm, useMatterForm } from '../../api/catalogue';
import type { JsonSchema } from '../../api/catalogueTypes';
import type { Problem } from '../../api/types';
import { fieldTrail } from '../../forms/fieldTitle';
import { MatterForm } from '../../forms/MatterForm';
import { problemOf } from '../../shared/problem';
import { QueryError } from '../../shared/QueryError';

function hasFields(schema: JsonSchema): boolean {
  return (
    Object.keys((schema.properties as object | undefined) ?? {}).length > 0 || Array.isArray(schema.allOf)
  );
}

/** The application form as a sample: fill it in, let the server check it; nothing is stored. */
export default function SampleForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const form = useMatterForm(code);
  const check = useCheckMatterForm(code);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [passed, setPassed] = useState(false);

  if (form.isPending) return <Skeleton active />;
  if (form.isError) return <QueryError error={form.error} onRetry={() => void form.refetch()} />;
  if (!hasFields(form.data.schema))
    return <Typography.Paragraph>{t('sampleForm.noFields')}</Typography.Paragraph>;

  const describe = (field: string) =>
    fieldTrail(form.data.schema, field)
      .map((part) => (typeof part === 'number' ? t('sampleForm.ui.item').replace('%1', String(part)) : part))
      .join(' › ');

  return (
    <>
      <Typography.Paragraph type="secondary">{t('sampleForm.intro')}</Typography.Paragraph>
      <div className="sample-form">
        <MatterForm
          schema={form.data.schema}
          uiSchema={form.data.uiSchema}
          checkLabel={t('sampleForm.check')}
          checking={check.isPending}
          problem={problem}
          onEdit={() => {
            setPassed(false);
            setProblem(null);
          }}
          onCheck={(data) =>
            check.mutate(data, {
              onSuccess: () => setPassed(true),
              onError: (error) => setProblem(problemOf(error)),
            })
          }
        />
        <div aria-live="polite">
          {passed && <Alert type="success" showIcon title={t('sampleForm.checkOk')} />}
          {problem && (
            <Alert
              type="error"
              showIcon
              title={
                problem.errors?.length
                  ? t('sampleForm.checkFailed', { count: problem.errors.length })
                  : problem.title
              }
              description={
                <ul className="problem-lines">
                  {problem.errors?.map((e) => (
                    <li key={`${e.field}-${e.code}`}>
                      {t('common.labelled', { label: describe(e.field), text: e.message })}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </div>
      </div>
    </>
  );
}

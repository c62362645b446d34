import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormData } from '../../api/applicationTypes';
import { useMatterForm } from '../../api/catalogue';
import { AnswerList } from '../../forms/AnswerList';

/**
 * The answers as sent, labelled by the matter's current form. Only the published form can be
 * fetched; a question a later version dropped is not listed, the server keeps it all the same.
 */
export function SubmittedAnswers({ matterCode, formData }: { matterCode: string; formData: FormData }) {
  const { t } = useTranslation();
  const form = useMatterForm(matterCode);
  if (form.isPending) return <Skeleton active />;
  if (form.isError)
    return <Alert type="warning" showIcon title={t('applicationDetail.answersUnavailable')} />;
  return <AnswerList schema={form.data.schema} uiSchema={form.data.uiSchema} data={formData} />;
}

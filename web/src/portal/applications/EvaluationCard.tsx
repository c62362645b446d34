import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEvaluation } from '../../api/evaluation';
import { EvaluationForm } from './evaluation/EvaluationForm';
import { EvaluationSummary } from './evaluation/EvaluationSummary';

/**
 * 好差评 on the applicant's application: the form once the service happened, the rating read-only
 * afterwards; nothing before, and nothing when the evaluation cannot be loaded (the page still works).
 */
export function EvaluationCard({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const state = useEvaluation(applicationNo);
  if (!state.data || (!state.data.evaluable && !state.data.evaluation)) return null;
  const { evaluation } = state.data;

  return (
    <section aria-labelledby="evaluation-title" className="detail-section evaluation-card">
      <Typography.Title level={2} id="evaluation-title" className="section-title">
        {evaluation ? t('evaluation.yourEvaluation') : t('evaluation.title')}
      </Typography.Title>
      {evaluation ? (
        <EvaluationSummary applicationNo={applicationNo} evaluation={evaluation} />
      ) : (
        <EvaluationForm applicationNo={applicationNo} />
      )}
    </section>
  );
}

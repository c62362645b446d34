import './evaluation.css';
import { Alert, Rate, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { type Evaluation, scoredIndicators } from '../../../api/evaluation';
import { formatDateTime, formatLongDate } from '../../../shared/format';
import { FollowUpForm } from './FollowUpForm';
import { levelTooltips } from './levelStars';

/** The applicant's rating read back, what became of a 差评, and the one 追评. */
export function EvaluationSummary({
  applicationNo,
  evaluation,
}: {
  applicationNo: string;
  evaluation: Evaluation;
}) {
  const { t, i18n } = useTranslation();
  const tooltips = levelTooltips(t);
  const rectification = evaluation.rectification;

  return (
    <div className="evaluation-summary">
      <p className="evaluation-level">
        <Rate disabled value={evaluation.level} aria-label={t('evaluation.levelLabel')} />
        <strong>{t(`evaluation.levels.l${evaluation.level}`)}</strong>
      </p>
      <dl className="detail-facts">
        {scoredIndicators.map((indicator) => (
          <Fragment key={indicator}>
            <dt>{t(`evaluation.indicators.${indicator}`)}</dt>
            <dd>
              <Rate
                disabled
                value={evaluation.scores[indicator]}
                tooltips={tooltips}
                aria-label={t(`evaluation.indicators.${indicator}`)}
                className="indicator-stars"
              />
              <span className="visually-hidden">
                {t('evaluation.score', { score: evaluation.scores[indicator] })}
              </span>
            </dd>
          </Fragment>
        ))}
        {evaluation.reasons.length > 0 && (
          <>
            <dt>{t('evaluation.reasonsTitle')}</dt>
            <dd>
              {evaluation.reasons.map((reason) => (
                <Tag key={reason}>{t(`evaluation.reasons.${reason}`)}</Tag>
              ))}
            </dd>
          </>
        )}
        <dt>{t('evaluation.evaluatedAt')}</dt>
        <dd>{formatDateTime(evaluation.evaluatedAt)}</dd>
      </dl>
      {evaluation.comment && <blockquote className="evaluation-comment">{evaluation.comment}</blockquote>}
      {rectification && (
        <Alert
          type={rectification.status === 'closed' ? 'success' : 'info'}
          showIcon
          className="block-gap"
          title={
            rectification.status === 'closed'
              ? t('evaluation.rectificationClosed')
              : t('evaluation.rectificationOpen', {
                  deadline: formatLongDate(rectification.deadline, i18n.language),
                })
          }
        />
      )}
      {evaluation.followUp ? (
        <div className="evaluation-follow-up">
          <Typography.Title level={3} className="subsection-title">
            {t('evaluation.followUpTitle')}
          </Typography.Title>
          <blockquote className="evaluation-comment">{evaluation.followUp.comment}</blockquote>
          <Typography.Text type="secondary">
            {t('evaluation.followUpAt', { at: formatDateTime(evaluation.followUp.at) })}
          </Typography.Text>
        </div>
      ) : (
        <FollowUpForm applicationNo={applicationNo} />
      )}
    </div>
  );
}

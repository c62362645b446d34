import { Card, Descriptions, Rate, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type RectificationDetail, scoredIndicators } from '../../api/evaluation';
import { formatDateTime } from '../../shared/format';
import { LevelTag } from './tags';

/** What the applicant said: level, indicators, reasons, comment and 追评. */
export function EvaluationPanel({ evaluation }: { evaluation: RectificationDetail['evaluation'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('rectification.evaluationTitle')} className="rectification-panel">
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'level',
            label: t('evaluation.levelLabel'),
            children: <LevelTag level={evaluation.level} />,
          },
          ...scoredIndicators.map((indicator) => ({
            key: indicator,
            label: t(`evaluation.indicators.${indicator}`),
            children: (
              <>
                <Rate disabled value={evaluation.scores[indicator]} aria-hidden="true" />{' '}
                {t('evaluation.score', { score: evaluation.scores[indicator] })}
              </>
            ),
          })),
          {
            key: 'reasons',
            label: t('evaluation.reasonsTitle'),
            children: evaluation.reasons.map((reason) => (
              <Tag key={reason}>{t(`evaluation.reasons.${reason}`)}</Tag>
            )),
          },
          { key: 'at', label: t('evaluation.evaluatedAt'), children: formatDateTime(evaluation.evaluatedAt) },
        ]}
      />
      {evaluation.comment && <blockquote className="rectification-comment">{evaluation.comment}</blockquote>}
      {evaluation.followUp && (
        <>
          <Typography.Text strong>{t('rectification.followUp')}</Typography.Text>
          <blockquote className="rectification-comment">{evaluation.followUp.comment}</blockquote>
          <Typography.Text type="secondary">{formatDateTime(evaluation.followUp.at)}</Typography.Text>
        </>
      )}
    </Card>
  );
}

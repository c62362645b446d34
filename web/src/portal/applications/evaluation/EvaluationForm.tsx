import './evaluation.css';
import { App, Button, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type BadRatingReason,
  badRatingReasons,
  type Level,
  levels,
  ratingClassOf,
  type ScoredIndicator,
  scoredIndicators,
  useEvaluate,
} from '../../../api/evaluation';
import { ProblemAlert } from '../../../shared/ProblemAlert';
import { useFormProblem } from '../../../shared/problem';
import { levelTooltips } from './levelStars';
import { ScoreInput } from './ScoreInput';

interface Values {
  level?: Level;
  scores: Partial<Record<ScoredIndicator, number>>;
  reasons?: BadRatingReason[];
  comment?: string;
}

/** Five levels, the GB/T 39735 indicators, and for a 差评 its reasons; sent once. */
export function EvaluationForm({ applicationNo }: { applicationNo: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const evaluate = useEvaluate(applicationNo);
  const problem = useFormProblem(form, ['level', 'reasons', 'comment']);
  const level = Form.useWatch('level', form);
  const reasons = Form.useWatch('reasons', form) ?? [];
  const bad = level !== undefined && ratingClassOf(level) === 'bad';
  const tooltips = levelTooltips(t);

  return (
    <Form<Values>
      form={form}
      name="evaluation"
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => {
        problem.clear();
        const comment = values.comment?.trim();
        evaluate.mutate(
          {
            level: values.level!,
            scores: values.scores as Record<ScoredIndicator, number>,
            reasons: bad ? (values.reasons ?? []) : [],
            ...(comment ? { comment } : {}),
            channel: 'online',
          },
          { onSuccess: () => message.success(t('evaluation.thanks')), onError: problem.show },
        );
      }}
    >
      <Typography.Paragraph type="secondary">{t('evaluation.intro')}</Typography.Paragraph>
      <ProblemAlert problem={problem.problem} />
      <Form.Item
        name="level"
        label={t('evaluation.levelLabel')}
        rules={[{ required: true, message: t('evaluation.levelRequired') }]}
      >
        <Radio.Group className="level-choice">
          {levels.map((value) => (
            <Radio key={value} value={value}>
              <span className="level-stars" aria-hidden="true">
                {'★'.repeat(value)}
                {'☆'.repeat(5 - value)}
              </span>
              {t(`evaluation.levels.l${value}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <fieldset className="indicator-set">
        <legend>{t('evaluation.indicatorsTitle')}</legend>
        <Typography.Paragraph type="secondary">{t('evaluation.indicatorsHint')}</Typography.Paragraph>
        {scoredIndicators.map((indicator) => {
          const label = t(`evaluation.indicators.${indicator}`);
          return (
            <Form.Item
              key={indicator}
              name={['scores', indicator]}
              label={label}
              className="indicator-item"
              rules={[{ required: true, message: t('evaluation.indicatorRequired', { label }) }]}
            >
              <ScoreInput label={label} tooltips={tooltips} />
            </Form.Item>
          );
        })}
      </fieldset>
      {bad && (
        <Form.Item
          name="reasons"
          label={t('evaluation.reasonsLabel')}
          rules={[{ required: true, type: 'array', min: 1, message: t('evaluation.reasonRequired') }]}
        >
          <Checkbox.Group
            className="reason-choice"
            options={badRatingReasons.map((reason) => ({
              value: reason,
              label: t(`evaluation.reasons.${reason}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label={
          bad && reasons.includes('other')
            ? t('evaluation.commentLabel')
            : `${t('evaluation.commentLabel')}${t('common.optional')}`
        }
        dependencies={['reasons']}
        rules={[
          {
            required: bad && reasons.includes('other'),
            whitespace: true,
            message: t('evaluation.commentOtherRequired'),
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('evaluation.commentPlaceholder')} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('evaluation.once')}</Typography.Paragraph>
      <Button
        type="primary"
        htmlType="submit"
        loading={evaluate.isPending}
        block
        className="evaluation-submit"
      >
        {t('evaluation.submit')}
      </Button>
    </Form>
  );
}

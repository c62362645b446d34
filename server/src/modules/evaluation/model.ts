// 政务服务“好差评” (国办发〔2019〕51号, GB/T 39735-2020): five levels, the bottom two are 差评.

export const LEVELS = [5, 4, 3, 2, 1] as const;
export type Level = (typeof LEVELS)[number];

export type RatingClass = 'good' | 'bad';

/** 非常满意 / 满意 / 基本满意 count as 好评; 不满意 / 非常不满意 as 差评. */
export function ratingClassOf(level: Level): RatingClass {
  return level <= 2 ? 'bad' : 'good';
}

/** GB/T 39735 evaluation elements kept as separate scores; `overall` is the five-level choice itself. */
export const INDICATORS = ['overall', 'efficiency', 'guideAccuracy', 'convenience', 'attitude'] as const;
export type Indicator = (typeof INDICATORS)[number];
/** The indicators the applicant scores besides the overall level. */
export const SCORED_INDICATORS = INDICATORS.filter((i) => i !== 'overall') as Exclude<Indicator, 'overall'>[];

/** The standard reasons a 差评 must name at least one of. */
export const BAD_RATING_REASONS = [
  'guide_inaccurate',
  'multiple_visits',
  'repeated_materials',
  'overdue',
  'poor_attitude',
  'system_inconvenient',
  'other',
] as const;
export type BadRatingReason = (typeof BAD_RATING_REASONS)[number];

export const CHANNELS = ['online', 'app', 'window', '12345'] as const;
export type Channel = (typeof CHANNELS)[number];
/** 12345 evaluations are taken by the hotline on the caller's behalf, never through the applicant's session. */
export const APPLICANT_CHANNELS = ['online', 'app', 'window'] as const satisfies readonly Channel[];

/** An application can be evaluated once its service happened: a decision, delivery, completion or refusal. */
export const EVALUABLE_STATUSES: readonly string[] = ['decided', 'delivered', 'completed', 'refused'];

/** Working days a department has to rectify a 差评 and call the applicant back. */
export const RECTIFICATION_WORKING_DAYS = 5;

export const CALL_BACK_METHODS = ['phone', 'visit', 'sms'] as const;
export type CallBackMethod = (typeof CALL_BACK_METHODS)[number];

export const RECTIFICATION_STATUSES = ['open', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export interface RatingChoice {
  level: Level;
  reasons: readonly BadRatingReason[];
  comment?: string | undefined;
}

/** What is wrong with a rating's reasons and comment, field by field (i18n codes). */
export function ratingProblems(choice: RatingChoice): { field: 'reasons' | 'comment'; code: string }[] {
  const bad = ratingClassOf(choice.level) === 'bad';
  if (!bad)
    return choice.reasons.length ? [{ field: 'reasons', code: 'evaluation.reasons_only_when_bad' }] : [];
  if (!choice.reasons.length) return [{ field: 'reasons', code: 'evaluation.reason_required' }];
  if (choice.reasons.includes('other') && !choice.comment?.trim())
    return [{ field: 'comment', code: 'evaluation.comment_required_for_other' }];
  return [];
}

import { z } from 'zod';
import { isIsoDate } from '../../platform/calendar/index.js';
import { pageOf, pageQuery, text } from '../../platform/validation/index.js';
import {
  APPLICANT_CHANNELS,
  BAD_RATING_REASONS,
  CALL_BACK_METHODS,
  CHANNELS,
  type Level,
  RECTIFICATION_STATUSES,
  ratingProblems,
} from './model.js';

const isoDate = z
  .string()
  .refine(isIsoDate, { params: { i18n: 'calendar.invalid_date' } })
  .meta({ description: 'Calendar date YYYY-MM-DD (Asia/Shanghai)', example: '2026-11-26' });
const score = z.number().int().min(1).max(5);
const level = score
  .transform((n) => n as Level)
  .meta({
    description: '5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 (1 and 2 are 差评)',
  });
const reason = z.enum(BAD_RATING_REASONS);

export const applicationNoParams = z.object({ applicationNo: z.string().regex(/^\d{22}[\dX]$/) });
export const idParams = z.object({ id: z.uuid() });

export const evaluateBody = z
  .object({
    level,
    scores: z.object({ efficiency: score, guideAccuracy: score, convenience: score, attitude: score }),
    reasons: z
      .array(reason)
      .max(BAD_RATING_REASONS.length)
      .default([])
      .transform((r) => [...new Set(r)]),
    comment: text(500).optional(),
    channel: z.enum(APPLICANT_CHANNELS).default('online'),
  })
  .superRefine((body, ctx) => {
    for (const p of ratingProblems(body))
      ctx.addIssue({ code: 'custom', path: [p.field], params: { i18n: p.code } });
  });
export type EvaluateBody = z.infer<typeof evaluateBody>;

export const followUpBody = z.object({ comment: text(500) });

const scores = z.object({
  overall: score,
  efficiency: score,
  guideAccuracy: score,
  convenience: score,
  attitude: score,
});

export const evaluationView = z
  .object({
    applicationNo: z.string(),
    level: score,
    rating: z.enum(['good', 'bad']),
    scores,
    reasons: z.array(reason),
    comment: z.string().nullable(),
    channel: z.enum(CHANNELS),
    realName: z.boolean(),
    evaluatedAt: z.string(),
    followUp: z.object({ comment: z.string(), at: z.string() }).nullable(),
    rectification: z
      .object({ status: z.enum(RECTIFICATION_STATUSES), deadline: z.string() })
      .nullable()
      .meta({ description: 'The 差评 rectification this evaluation opened, if any' }),
  })
  .meta({ id: 'Evaluation' });

export const evaluationState = z
  .object({
    evaluable: z.boolean().meta({ description: 'The applicant may evaluate now' }),
    evaluation: evaluationView.nullable(),
  })
  .meta({ id: 'EvaluationState' });

export const rectificationQuery = pageQuery.extend({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'true: open and past the deadline; false: the others' }),
  department: z.uuid().optional().meta({ description: 'Supervisors only: one department' }),
});

const department = z.object({ id: z.string(), name: z.string() });
export const rectificationItem = z.object({
  id: z.string(),
  applicationNo: z.string(),
  matterName: z.string(),
  department,
  level: score,
  status: z.enum(RECTIFICATION_STATUSES),
  openedAt: z.string(),
  deadline: z.string(),
  overdue: z.boolean(),
  rectified: z.boolean(),
  calledBack: z.boolean(),
  closedAt: z.string().nullable(),
});
export const rectificationPage = pageOf(rectificationItem);

export const rectificationDetail = rectificationItem
  .extend({
    evaluation: evaluationView.omit({ rectification: true, applicationNo: true }),
    applicant: z.object({ name: z.string(), mobile: z.string().nullable() }),
    rectification: z.object({ measures: z.string(), at: z.string(), by: z.string() }).nullable(),
    callBack: z
      .object({
        calledBackOn: z.string(),
        method: z.enum(CALL_BACK_METHODS),
        satisfied: z.boolean(),
        note: z.string().nullable(),
        at: z.string(),
        by: z.string(),
      })
      .nullable(),
    closedOn: z.string().nullable(),
    onTime: z.boolean().nullable().meta({ description: 'Closed by the deadline; null while open' }),
  })
  .meta({ id: 'Rectification' });

export const rectifyBody = z.object({ measures: text(2000) });
export const callBackBody = z.object({
  calledBackOn: isoDate,
  method: z.enum(CALL_BACK_METHODS).default('phone'),
  satisfied: z.boolean(),
  note: text(1000).optional(),
});

export const indicatorQuery = z
  .object({
    department: z.uuid().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], params: { i18n: 'evaluation.range_reversed' } });
  });

const rate = z.number().nullable().meta({ description: 'Share between 0 and 1; null when nothing to count' });
const average = z.number().nullable();
export const indicatorReport = z
  .object({
    departmentId: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    total: z.number().int(),
    levels: z.array(z.object({ level: score, count: z.number().int() })),
    good: z.number().int(),
    bad: z.number().int(),
    goodRate: rate,
    badRate: rate,
    averages: z.object({
      overall: average,
      efficiency: average,
      guideAccuracy: average,
      convenience: average,
      attitude: average,
    }),
    reasons: z.array(z.object({ reason, count: z.number().int() })),
    rectifications: z.object({
      total: z.number().int(),
      closed: z.number().int(),
      closedOnTime: z.number().int(),
      overdueOpen: z.number().int(),
      onTimeRate: rate.meta({
        description: 'Closed by the deadline ÷ (closed + still open past the deadline)',
      }),
    }),
  })
  .meta({ id: 'EvaluationIndicators' });
export type IndicatorReport = z.infer<typeof indicatorReport>;

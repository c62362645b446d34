import { businessDateOf } from '../../platform/calendar/index.js';
import { ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan, can } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { indicatorReport } from './indicators.js';
import { indicatorQuery, indicatorReport as indicatorReportSchema } from './schemas.js';

/** 好差评 figures for oversight: a head of department gets their own, supervisors any department's. */
export function registerIndicatorRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/evaluation/indicators',
    {
      schema: {
        operationId: 'evaluationIndicators',
        tags: ['evaluation'],
        summary: '好差评指标：各等级数量、好评率、差评率、各指标平均分、整改按期率 / Evaluation figures',
        querystring: indicatorQuery,
        response: { 200: indicatorReportSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'evaluation.indicators');
      const { department, from, to } = request.query;
      let departmentId = department ?? null;
      if (!can(request.principal, 'evaluation.indicators_all')) {
        const own = request.principal.departmentId;
        if (departmentId && departmentId !== own)
          throw new ProblemError(403, 'evaluation.own_department_only');
        departmentId = own;
      }
      return indicatorReport(ctx.db, {
        departmentId,
        from: from ?? null,
        to: to ?? null,
        today: businessDateOf(new Date()),
      });
    },
  );
}

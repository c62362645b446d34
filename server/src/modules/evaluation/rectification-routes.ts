import { businessDateOf } from '../../platform/calendar/index.js';
import { forbidden } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { rectificationScope, rectificationService, visibleRectification } from './rectification-service.js';
import { evaluationRepository } from './repository.js';
import {
  callBackBody,
  idParams,
  rectificationDetail,
  rectificationPage,
  rectificationQuery,
  rectifyBody,
} from './schemas.js';
import { departmentNames, rectificationDetailOf, rectificationItemOf } from './views.js';

/** 差评整改: the department rectifies, calls the applicant back, closes; supervisors watch all. */
export function registerRectificationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['evaluation'];
  const service = rectificationService(ctx);
  const today = () => businessDateOf(new Date());
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

  async function detail(request: { principal: Parameters<typeof visibleRectification>[1] }, id: string) {
    const row = await visibleRectification(ctx.db, request.principal, id);
    return rectificationDetailOf(ctx.db, ctx.cipher, row, today());
  }

  app.get(
    '/api/v1/rectifications',
    {
      schema: {
        operationId: 'listRectifications',
        tags,
        summary: '差评整改列表 / Rectifications of poor ratings',
        querystring: rectificationQuery,
        response: { 200: rectificationPage, 400: problemSchema, ...errors },
      },
    },
    async (request) => {
      const scope = rectificationScope(request.principal);
      const { department, status, overdue, page, pageSize } = request.query;
      if (department && scope !== null && department !== scope) throw forbidden();
      const day = today();
      const result = await evaluationRepository(ctx.db).rectificationPage(
        { departmentId: department ?? scope, status, overdue, today: day },
        page,
        pageSize,
      );
      const names = await departmentNames(ctx.db);
      return { ...result, items: result.items.map((row) => rectificationItemOf(row, day, names)) };
    },
  );

  app.get(
    '/api/v1/rectifications/:id',
    {
      schema: {
        operationId: 'getRectification',
        tags,
        summary:
          '差评整改详情（含回访电话，查看留痕）/ A rectification, with the phone number to call back (audited)',
        params: idParams,
        response: { 200: rectificationDetail, ...errors },
      },
    },
    async (request) => {
      const view = await detail(request, request.params.id);
      // The applicant's phone number is shown for the call-back: every look at it is on record.
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'rectification.read',
        objectType: 'rectification',
        objectId: view.id,
      });
      return view;
    },
  );

  const write = {
    params: idParams,
    response: { 200: rectificationDetail, 400: problemSchema, 409: problemSchema, ...errors },
  };

  app.post(
    '/api/v1/rectifications/:id/rectification',
    {
      schema: {
        operationId: 'recordRectification',
        tags,
        summary: '登记整改情况 / Record what was done',
        body: rectifyBody,
        ...write,
      },
    },
    async (request) => {
      await service.rectify(request, request.params.id, request.body.measures);
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/rectifications/:id/call-back',
    {
      schema: {
        operationId: 'recordCallBack',
        tags,
        summary: '登记回访结果 / Record the call-back to the applicant',
        body: callBackBody,
        ...write,
      },
    },
    async (request) => {
      await service.callBack(request, request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/rectifications/:id/close',
    {
      schema: {
        operationId: 'closeRectification',
        tags,
        summary: '整改办结（须已整改并回访）/ Close, once rectified and called back',
        ...write,
      },
    },
    async (request) => {
      await service.close(request, request.params.id);
      return detail(request, request.params.id);
    },
  );
}

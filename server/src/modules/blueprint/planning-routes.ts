import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { answerPreOpinion, createPlanning, planningList, visiblePlanning } from './planning.js';
import {
  checkIdParams,
  planningBody,
  planningOpinionBody,
  planningPage,
  planningQuery,
  planningSchema,
} from './schemas.js';

export function registerPlanningRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['blueprint'];
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

  app.post(
    '/api/v1/blueprint/plannings',
    {
      schema: {
        operationId: 'createBlueprintPlanning',
        tags,
        summary:
          '项目策划生成：阶段与事项、规划检测、部门预审意见征询 / Plan a project: stages, matters, check, pre-opinions',
        body: planningBody,
        response: { 201: planningSchema, 400: problemSchema, 422: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'blueprint.planning');
      const id = await createPlanning(ctx, request.body, {
        accountId: request.principal.accountId,
        organizationId: request.principal.actingForOrgId,
        facts: request.auditFacts(),
      });
      return reply.status(201).send(await visiblePlanning(ctx, request.principal, id, request.locale));
    },
  );

  app.get(
    '/api/v1/blueprint/plannings',
    {
      schema: {
        operationId: 'listBlueprintPlannings',
        tags,
        summary: '项目策划（本部门待提意见的、自己的；督办全部）/ Plans the caller may see',
        querystring: planningQuery,
        response: { 200: planningPage, 400: problemSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.planning');
      const { waiting, page, pageSize } = request.query;
      const list = await planningList(ctx, request.principal, { waiting, page, pageSize }, request.locale);
      return { items: list.items, total: list.total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/blueprint/plannings/:id',
    {
      schema: {
        operationId: 'getBlueprintPlanning',
        tags,
        summary: '项目策划 / A project plan and its pre-opinions',
        params: checkIdParams,
        response: { 200: planningSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.planning');
      return visiblePlanning(ctx, request.principal, request.params.id, request.locale);
    },
  );

  app.post(
    '/api/v1/blueprint/plannings/:id/opinions',
    {
      schema: {
        operationId: 'answerBlueprintPreOpinion',
        tags,
        summary: '部门预审意见 / The caller’s department’s pre-opinion',
        params: checkIdParams,
        body: planningOpinionBody,
        response: { 201: planningSchema, 400: problemSchema, 409: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'blueprint.planning.opinion');
      await answerPreOpinion(
        ctx,
        request.principal,
        request.params.id,
        request.body.opinion,
        request.auditFacts(),
      );
      return reply
        .status(201)
        .send(await visiblePlanning(ctx, request.principal, request.params.id, request.locale));
    },
  );
}

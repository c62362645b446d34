import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { evaluationService, isEvaluable, ownApplication } from './evaluation-service.js';
import { evaluationRepository } from './repository.js';
import {
  applicationNoParams,
  evaluateBody,
  evaluationState,
  evaluationView,
  followUpBody,
} from './schemas.js';
import { evaluationViewOf } from './views.js';

/** The applicant's side of 好差评: rate an application once its service happened, and add one 追评. */
export function registerEvaluationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['evaluation'];
  const service = evaluationService(ctx);
  const url = '/api/v1/applications/:applicationNo/evaluation';
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

  async function stateOf(principal: Parameters<typeof ownApplication>[1], applicationNo: string) {
    const { application } = await ownApplication(ctx.db, principal, applicationNo);
    const row = await evaluationRepository(ctx.db).findByApplicationId(application.id);
    return {
      evaluable: !row && isEvaluable(application),
      evaluation: row ? await evaluationViewOf(ctx.db, ctx.cipher, row) : null,
    };
  }

  app.get(
    url,
    {
      schema: {
        operationId: 'getMyEvaluation',
        tags,
        summary: '办件评价情况 / Whether the application can be, or was, evaluated',
        params: applicationNoParams,
        response: { 200: evaluationState, ...errors },
      },
    },
    async (request) => stateOf(request.principal, request.params.applicationNo),
  );

  app.post(
    url,
    {
      schema: {
        operationId: 'evaluateApplication',
        tags,
        summary: '好差评：评价已办结的办件（每件一次）/ Rate a dealt-with application (once)',
        params: applicationNoParams,
        body: evaluateBody,
        response: {
          201: evaluationView,
          400: problemSchema,
          409: problemSchema,
          422: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const row = await service.evaluate(request, request.params.applicationNo, request.body);
      return reply.status(201).send(await evaluationViewOf(ctx.db, ctx.cipher, row));
    },
  );

  app.post(
    `${url}/follow-up`,
    {
      schema: {
        operationId: 'followUpEvaluation',
        tags,
        summary: '追评（一次）/ Add one further comment to the evaluation',
        params: applicationNoParams,
        body: followUpBody,
        response: { 200: evaluationView, 400: problemSchema, 409: problemSchema, ...errors },
      },
    },
    async (request) => {
      await service.followUp(request, request.params.applicationNo, request.body.comment);
      return (await stateOf(request.principal, request.params.applicationNo)).evaluation!;
    },
  );
}

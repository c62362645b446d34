import { z } from 'zod';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { submitted, windowSubmitBody } from './schemas.js';
import { submissionService } from './submission-service.js';
import { submittedView } from './submitted-view.js';

export function registerWindowRoutes(app: ZodApp, ctx: AppContext): void {
  const service = submissionService(ctx);
  app.post(
    '/api/v1/window/applications',
    {
      schema: {
        operationId: 'submitAtWindow',
        tags: ['window'],
        summary: '窗口收件：核验身份并代录申请（须带 Idempotency-Key）/ Take in a walk-in application',
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        body: windowSubmitBody,
        response: {
          201: submitted,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { row } = await service.submitAtWindow(request, request.body);
      return reply.status(201).send(await submittedView(ctx, row));
    },
  );
}

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { invalidFields, notFound, ProblemError } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { catalogueRepository, type MatterGuide } from '../catalogue/index.js';
import { directoryRepository } from '../directory/index.js';
import { defaultDefinition } from './definitions.js';
import { ANY_DEPARTMENT, parseProcess } from './engine/index.js';
import { workflowRepository } from './store/repository.js';
import { CASE_CHANNELS } from './tables.js';

const params = z.object({ code: z.string().max(32) });
const query = z.object({ channel: z.enum(CASE_CHANNELS).default('online') });
const processView = z.object({
  matterVersionId: z.string(),
  channel: z.enum(CASE_CHANNELS),
  /** False while the version still runs the generated default (nothing stored yet). */
  stored: z.boolean(),
  definition: z.record(z.string(), z.unknown()),
});

/**
 * The process a matter's published version runs, per channel: to read, and to replace the
 * generated default before the first application uses it. Once used, a definition never
 * changes (cases point at it): a different process needs a new version of the matter.
 */
export function registerProcessAdminRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['admin'];

  async function publishedVersion(code: string) {
    const version = await catalogueRepository(ctx.db).publishedByCode(code);
    if (!version) throw notFound();
    return { id: version.id, guide: JSON.parse(version.guide) as MatterGuide };
  }

  app.get(
    '/api/v1/admin/matters/:code/process',
    {
      schema: {
        operationId: 'getMatterProcess',
        tags,
        summary: '事项的办理流程（并联审查、时限分配）/ The process a matter runs',
        params,
        querystring: query,
        response: { 200: processView, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'workflow.define');
      const { code } = request.params;
      const { channel } = request.query;
      const version = await publishedVersion(code);
      const stored = await workflowRepository(ctx.db).findDefinitionFor(version.id, channel);
      return {
        matterVersionId: version.id,
        channel,
        stored: stored !== undefined,
        definition: stored ? JSON.parse(stored.definition) : defaultDefinition(code, version.guide, channel),
      };
    },
  );

  app.put(
    '/api/v1/admin/matters/:code/process',
    {
      schema: {
        operationId: 'setMatterProcess',
        tags,
        summary:
          '为已发布版本设定办理流程（首次使用前）/ Set the process of the published version before first use',
        params,
        querystring: query,
        body: z.record(z.string(), z.unknown()),
        response: {
          200: processView,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      assertCan(request.principal, 'workflow.define');
      const { code } = request.params;
      const { channel } = request.query;
      const version = await publishedVersion(code);
      const parsed = parseProcess(request.body);
      if (!parsed.ok) throw invalidFields(parsed.problems);
      const known = new Set((await directoryRepository(ctx.db).departments()).map((d) => d.code));
      const unknown = parsed.process.definition.steps.flatMap((s, i) =>
        s.assignment.department === ANY_DEPARTMENT || known.has(s.assignment.department)
          ? []
          : [{ field: `steps.${i}.assignment.department`, code: 'workflow.unknown_department' }],
      );
      if (unknown.length) throw invalidFields(unknown);
      await ctx.db.transaction().execute(async (trx) => {
        const repo = workflowRepository(trx);
        if (await repo.findDefinitionFor(version.id, channel))
          throw new ProblemError(409, 'workflow.definition_in_use');
        await repo.db
          .insertInto('workflowDefinitions')
          .values({
            id: randomUUID(),
            matterVersionId: version.id,
            channel,
            definition: JSON.stringify(parsed.process.definition),
            createdAt: new Date().toISOString(),
          })
          .execute();
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'workflow.define_process',
          objectType: 'matter',
          objectId: code,
          detail: { matterVersionId: version.id, channel, steps: parsed.process.definition.steps.length },
        });
      });
      return {
        matterVersionId: version.id,
        channel,
        stored: true,
        definition: parsed.process.definition as unknown as Record<string, unknown>,
      };
    },
  );
}

import type { FastifyRequest } from 'fastify';
import { notFound, ProblemError } from '../../platform/errors/index.js';
import { registerUploads, sendFile } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { runCheck, viewOfCheck, visibleCheck } from './check-service.js';
import { registerConflictRoutes } from './conflict-routes.js';
import { blueprintSnapshot } from './engines.js';
import { featuresOfFile, validateFeatures } from './layer-file.js';
import { importLayer } from './layer-service.js';
import { registerPlanningRoutes } from './planning-routes.js';
import { checkReport } from './report.js';
import { blueprintRepository } from './repository.js';
import {
  checkBody,
  checkIdParams,
  checkResultSchema,
  featureCollection,
  featureDetail,
  featureIdParams,
  featuresQuery,
  importFields,
  layerIdParams,
  layerList,
  layerSchema,
} from './schemas.js';
import { departmentNames, featureView, layerSummaryOf, layerView } from './views.js';

const MAX_LAYER_FILE_MB = 50;

/** The multipart form of an import: its text fields and the one file's bytes. */
async function importForm(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new ProblemError(415, 'file.unsupported_type', {
      fields: [{ field: 'file', code: 'file.unsupported_type' }],
    });
  const values: Record<string, string> = {};
  let bytes: Buffer | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_LAYER_FILE_MB * 1024 * 1024 } })) {
      if (part.type === 'file') {
        if (part.fieldname === 'file') bytes = await part.toBuffer();
        else await part.toBuffer();
      } else if (typeof part.value === 'string') values[part.fieldname] = part.value;
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new ProblemError(413, 'file.too_large', {
        params: { maxSizeMb: MAX_LAYER_FILE_MB },
        fields: [{ field: 'file', code: 'file.too_large', params: { maxSizeMb: MAX_LAYER_FILE_MB } }],
      });
    throw err;
  }
  const parsed = importFields.safeParse(values);
  if (!parsed.success)
    throw new ProblemError(400, 'validation.failed', {
      fields: parsed.error.issues.map((i) => {
        const custom = (i as { params?: { i18n?: string } }).params?.i18n;
        const missing = i.code === 'invalid_type' && values[String(i.path[0])] === undefined;
        return {
          field: i.path.join('.') || '(root)',
          code: custom ?? (missing ? 'validation.required' : 'validation.invalid'),
        };
      }),
    });
  if (!bytes?.length)
    throw new ProblemError(400, 'validation.failed', {
      fields: [{ field: 'file', code: 'blueprint.import.file_missing' }],
    });
  return { fields: parsed.data, bytes };
}

export async function registerBlueprintRoutes(app: ZodApp, ctx: AppContext): Promise<void> {
  const tags = ['blueprint'];
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
  await registerUploads(app);
  registerConflictRoutes(app, ctx);
  registerPlanningRoutes(app, ctx);

  app.get(
    '/api/v1/blueprint/layers',
    {
      schema: {
        operationId: 'listBlueprintLayers',
        tags,
        summary: '一张蓝图：各部门管控图层 / The blueprint’s control layers',
        response: { 200: layerList, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.read');
      const [{ layers }, names] = await Promise.all([blueprintSnapshot(ctx.db), departmentNames(ctx.db)]);
      return { items: layers.map((l) => layerView(l, names)) };
    },
  );

  app.get(
    '/api/v1/blueprint/layers/:id/features',
    {
      schema: {
        operationId: 'listBlueprintLayerFeatures',
        tags,
        summary: '图层要素（GeoJSON，可按范围）/ A layer’s features as GeoJSON, optionally within a bbox',
        params: layerIdParams,
        querystring: featuresQuery,
        response: { 200: featureCollection, 400: problemSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.read');
      const repo = blueprintRepository(ctx.db);
      if (!(await repo.findLayer(request.params.id))) throw notFound();
      const { bbox, limit } = request.query;
      const rows = await repo.layerFeatures(request.params.id, bbox, limit);
      return {
        type: 'FeatureCollection' as const,
        features: rows.slice(0, limit).map(featureView),
        truncated: rows.length > limit,
      };
    },
  );

  app.get(
    '/api/v1/blueprint/features/:featureId',
    {
      schema: {
        operationId: 'getBlueprintFeature',
        tags,
        summary: '要素属性及所属图层 / One feature with its layer',
        params: featureIdParams,
        response: { 200: featureDetail, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.read');
      const repo = blueprintRepository(ctx.db);
      const row = await repo.findFeature(request.params.featureId);
      if (!row) throw notFound();
      const layer = (await repo.findLayer(row.layerId))!;
      const names = await departmentNames(ctx.db);
      return { ...featureView(row), layer: { ...layerSummaryOf(layer, names), version: layer.version } };
    },
  );

  app.post(
    '/api/v1/blueprint/layers/import',
    {
      schema: {
        operationId: 'importBlueprintLayer',
        tags,
        summary:
          '导入图层（multipart：file 为 GeoJSON 或 Shapefile 压缩包；同编码再导入则版本加一）/ Import a layer (GeoJSON or zipped Shapefile; re-import bumps the version)',
        consumes: ['multipart/form-data'],
        response: {
          201: layerSchema,
          400: problemSchema,
          413: problemSchema,
          415: problemSchema,
          422: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'blueprint.import');
      const { fields, bytes } = await importForm(request);
      const features = validateFeatures(await featuresOfFile(bytes));
      const layer = await importLayer(ctx, fields, features, request.auditFacts());
      return reply.status(201).send(layerView(layer, await departmentNames(ctx.db)));
    },
  );

  app.post(
    '/api/v1/blueprint/checks',
    {
      schema: {
        operationId: 'runBlueprintCheck',
        tags,
        summary: '规划检测：用地红线与各图层叠加 / Plan check: a site against every layer',
        body: checkBody,
        response: { 201: checkResultSchema, 400: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'blueprint.check');
      const check = await runCheck(ctx, request.body, {
        accountId: request.principal.accountId,
        organizationId: request.principal.actingForOrgId,
        facts: request.auditFacts(),
      });
      return reply.status(201).send(check);
    },
  );

  app.get(
    '/api/v1/blueprint/checks/:id',
    {
      schema: {
        operationId: 'getBlueprintCheck',
        tags,
        summary: '规划检测结果 / A plan check as it was answered',
        params: checkIdParams,
        response: { 200: checkResultSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.check');
      return viewOfCheck(await visibleCheck(ctx, request.principal, request.params.id));
    },
  );

  app.get(
    '/api/v1/blueprint/checks/:id/report.pdf',
    {
      schema: {
        operationId: 'getBlueprintCheckReport',
        tags,
        summary: '规划检测报告（PDF）/ The plan check’s report as PDF',
        params: checkIdParams,
        response: errors,
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'blueprint.check');
      const check = viewOfCheck(await visibleCheck(ctx, request.principal, request.params.id));
      const pdf = await checkReport(check);
      return sendFile(
        reply,
        { bytes: Buffer.from(pdf), mediaType: 'application/pdf', fileName: `规划检测报告-${check.id}.pdf` },
        'inline',
      );
    },
  );
}

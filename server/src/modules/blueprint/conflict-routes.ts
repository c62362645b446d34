import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan, type Principal } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import {
  conflictActions,
  conflictPage,
  conflictScope,
  departmentsOf,
  giveOpinion,
  resolveConflict,
  scanConflicts,
  type VisibleConflict,
  visibleConflict,
} from './conflicts.js';
import { blueprintSnapshot } from './engines.js';
import {
  checkIdParams,
  conflictDetail,
  conflictPage as conflictPageSchema,
  conflictQuery,
  opinionBody,
  resolveBody,
  scanResult,
} from './schemas.js';
import type { ConflictTable } from './tables.js';
import { type DepartmentNames, departmentNames, departmentOf, layerSummaryOf } from './views.js';

export function registerConflictRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['blueprint'];
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

  async function summaries(rows: ConflictTable[]) {
    const [{ layers }, names, departments] = await Promise.all([
      blueprintSnapshot(ctx.db),
      departmentNames(ctx.db),
      departmentsOf(
        ctx.db,
        rows.map((r) => r.id),
      ),
    ]);
    const byId = new Map(layers.map((l) => [l.id, l]));
    return rows.map((r) => summaryOf(r, departments.get(r.id) ?? [], byId, names));
  }

  function summaryOf(
    r: ConflictTable,
    departments: string[],
    layers: Map<string, Parameters<typeof layerSummaryOf>[0]>,
    names: DepartmentNames,
  ) {
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      overlapAreaM2: r.overlapAreaM2,
      bbox: [r.minLng, r.minLat, r.maxLng, r.maxLat] as [number, number, number, number],
      departments: departments.map((d) => departmentOf(d, names)),
      a: {
        layer: layerSummaryOf(layers.get(r.protectedLayerId)!, names),
        featureId: r.protectedFeatureId,
        featureName: r.protectedFeatureName,
      },
      b: {
        layer: layerSummaryOf(layers.get(r.otherLayerId)!, names),
        featureId: r.otherFeatureId,
        featureName: r.otherFeatureName,
      },
      openedAt: r.openedAt,
      resolvedAt: r.resolvedAt,
    };
  }

  async function detailOf(principal: Principal, c: VisibleConflict) {
    const [summary] = await summaries([c.row]);
    const names = await departmentNames(ctx.db);
    return {
      ...summary!,
      overlap: JSON.parse(c.row.overlap) as { type: 'MultiPolygon'; coordinates: unknown[] },
      opinions: c.opinions.map((o) => ({
        id: o.id,
        department: departmentOf(o.departmentCode, names),
        author: o.authorLabel,
        opinion: o.opinion,
        createdAt: o.createdAt,
      })),
      decision: c.row.decision,
      resolution: c.row.resolution,
      resolvedBy: c.row.resolvedBy,
      actions: conflictActions(principal, c),
    };
  }

  app.get(
    '/api/v1/blueprint/conflicts',
    {
      schema: {
        operationId: 'listBlueprintConflicts',
        tags,
        summary: '冲突协调案件（本部门涉及的；督办与管理员全部）/ Coordination cases the caller may see',
        querystring: conflictQuery,
        response: { 200: conflictPageSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.conflict.read');
      const { status, page, pageSize } = request.query;
      const scope = await conflictScope(ctx.db, request.principal);
      const { rows, total } = await conflictPage(ctx.db, scope, { status }, page, pageSize);
      return { items: await summaries(rows), total, page, pageSize };
    },
  );

  app.post(
    '/api/v1/blueprint/conflicts/scan',
    {
      schema: {
        operationId: 'scanBlueprintConflicts',
        tags,
        summary: '批量冲突检测并立案 / Scan all layers for conflicts and open cases',
        response: { 200: scanResult, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.conflict.scan');
      return scanConflicts(ctx, request.auditFacts());
    },
  );

  app.get(
    '/api/v1/blueprint/conflicts/:id',
    {
      schema: {
        operationId: 'getBlueprintConflict',
        tags,
        summary: '冲突协调案件详情 / One coordination case',
        params: checkIdParams,
        response: { 200: conflictDetail, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.conflict.read');
      return detailOf(request.principal, await visibleConflict(ctx.db, request.principal, request.params.id));
    },
  );

  app.post(
    '/api/v1/blueprint/conflicts/:id/opinions',
    {
      schema: {
        operationId: 'giveBlueprintConflictOpinion',
        tags,
        summary: '部门协调意见 / The caller’s department’s opinion on a case',
        params: checkIdParams,
        body: opinionBody,
        response: { 201: conflictDetail, 400: problemSchema, 409: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'blueprint.conflict.opinion');
      await giveOpinion(
        ctx,
        request.principal,
        request.params.id,
        request.body.opinion,
        request.auditFacts(),
      );
      const c = await visibleConflict(ctx.db, request.principal, request.params.id);
      return reply.status(201).send(await detailOf(request.principal, c));
    },
  );

  app.post(
    '/api/v1/blueprint/conflicts/:id/resolve',
    {
      schema: {
        operationId: 'resolveBlueprintConflict',
        tags,
        summary: '协调决定 / Decide a case once every department involved has given its opinion',
        params: checkIdParams,
        body: resolveBody,
        response: { 200: conflictDetail, 400: problemSchema, 409: problemSchema, ...errors },
      },
    },
    async (request) => {
      assertCan(request.principal, 'blueprint.conflict.resolve');
      await resolveConflict(ctx, request.principal, request.params.id, request.body, request.auditFacts());
      return detailOf(request.principal, await visibleConflict(ctx.db, request.principal, request.params.id));
    },
  );
}

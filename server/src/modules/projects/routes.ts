import { z } from 'zod';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
// Not yet exported by the catalogue's index.ts (a shared file this change leaves alone).
import { planningOf } from '../blueprint/index.js';
import { compileForm } from '../catalogue/form-schema.js';
import { projectScope, visibleProject } from './access.js';
import { type CategoryConfig, categoryConfig, withMatters } from './category-directory.js';
import { projectRepository } from './repository.js';
import {
  categoryList,
  projectDetail,
  projectIdParams,
  projectPage,
  projectQuery,
  projectResult,
  registerBody,
  stageFormParams,
  stageFormResponse,
} from './schemas.js';
import { idempotencyKeyOf, projectService } from './service.js';
import { mergedStage } from './stage-plan.js';
import type { ProjectTable } from './tables.js';
import {
  categoryRefOf,
  categoryViewOf,
  ownersOf,
  projectDetailOf,
  projectItemOf,
  stageSummaryOf,
} from './views.js';

const idempotencyHeader = z.object({ 'idempotency-key': z.string().optional() });

export function registerProjectRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['projects'];
  const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
  const service = projectService(ctx);

  /** The whole project, its category's stages with their matters; the contact in full for its owner only. */
  async function detailOf(
    row: ProjectTable,
    categories: CategoryConfig[],
    locale: Locale,
    ownerView: boolean,
  ) {
    const [category] = await withMatters(
      ctx.db,
      categories.filter((c) => c.code === row.categoryCode),
    );
    const owners = await ownersOf(ctx.db, [row]);
    const planning = row.planningId ? await planningOf(ctx, row.planningId, locale) : null;
    return projectDetailOf(row, {
      planning: planning && {
        ...planning,
        preOpinions: planning.preOpinions.map(({ id: _id, ...opinion }) => opinion),
      },
      locale,
      categories,
      category: category!,
      owners,
      cipher: ctx.cipher,
      ownerView,
    });
  }

  // Categories and their stage forms are public, as the catalogue's guides are.
  app.get(
    '/api/v1/projects/categories',
    {
      schema: {
        operationId: 'listProjectCategories',
        tags,
        summary: '工程建设项目分类及审批阶段 / Project categories, their stages and caps',
        response: { 200: categoryList },
      },
    },
    async (request) => {
      const categories = await withMatters(ctx.db, await categoryConfig(ctx.db));
      return { items: categories.map((c) => categoryViewOf(c, request.locale)) };
    },
  );

  app.get(
    '/api/v1/projects/categories/:code/stages/:stage/form',
    {
      schema: {
        operationId: 'getProjectStageForm',
        tags,
        summary: '阶段“一张表单”及精简数 / A stage’s merged form, material set and savings',
        params: stageFormParams,
        response: { 200: stageFormResponse, 404: problemSchema },
      },
    },
    async (request) => {
      const config = (await categoryConfig(ctx.db)).find((c) => c.code === request.params.code);
      const found = config && (await mergedStage(ctx.db, config, request.params.stage));
      if (!config || !found) throw notFound();
      const { resolved: stage, merged } = found;
      const summary = stageSummaryOf(stage, request.locale);
      const { schema, uiSchema } = compileForm(
        `${categoryRefOf(config, request.locale).name} · ${summary.name}`,
        merged.fields,
      );
      const { fields, ...rest } = merged;
      return {
        category: categoryRefOf(config, request.locale),
        stage: summary,
        form: { schema, uiSchema, fields: fields as unknown as Record<string, unknown>[] },
        ...rest,
        materials: rest.materials.map((m) => ({ ...m, source: m.source as Record<string, unknown> })),
      };
    },
  );

  app.post(
    '/api/v1/projects',
    {
      schema: {
        operationId: 'registerProject',
        tags,
        summary:
          '项目登记（须带 Idempotency-Key）/ Register a construction project (Idempotency-Key required)',
        headers: idempotencyHeader,
        body: registerBody,
        response: {
          200: projectResult,
          201: projectResult,
          400: problemSchema,
          409: problemSchema,
          422: problemSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'project.register');
      const key = idempotencyKeyOf(request);
      const categories = await categoryConfig(ctx.db);
      const { row, replayed } = await service.register(
        request.body,
        categories.map((c) => c.code),
        { principal: request.principal, facts: request.auditFacts(), key },
      );
      const project = await detailOf(row, categories, request.locale, true);
      return reply.status(replayed ? 200 : 201).send({ project });
    },
  );

  app.get(
    '/api/v1/projects',
    {
      schema: {
        operationId: 'listProjects',
        tags,
        summary: '可见的工程建设项目 / Projects the caller may see',
        querystring: projectQuery,
        response: { 200: projectPage, ...errors },
      },
    },
    async (request) => {
      const categories = await categoryConfig(ctx.db);
      const scope = await projectScope(ctx.db, request.principal, categories);
      const { page, pageSize, categoryCode } = request.query;
      const { rows, total } = await projectRepository(ctx.db).page(scope, { categoryCode }, page, pageSize);
      const owners = await ownersOf(ctx.db, rows);
      return {
        items: rows.map((row) => projectItemOf(row, { locale: request.locale, categories, owners })),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/api/v1/projects/:id',
    {
      schema: {
        operationId: 'getProject',
        tags,
        summary: '工程建设项目详情 / One project',
        params: projectIdParams,
        response: { 200: projectDetail, ...errors },
      },
    },
    async (request) => {
      const categories = await categoryConfig(ctx.db);
      const { row, scope } = await visibleProject(ctx.db, request.principal, categories, request.params.id);
      return detailOf(row, categories, request.locale, scope.kind === 'owner');
    },
  );
}

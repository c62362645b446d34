import { z } from 'zod';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import type { CatalogueService } from './catalogue-service.js';
import { exportCatalogue, importCatalogue } from './catalogue-transfer.js';
import { compileForm } from './form-schema.js';
import type { MatterGuide } from './model.js';
import { catalogueRepository } from './repository.js';
import {
  adminMatterDetail,
  adminMatterList,
  catalogueExport,
  codeParams,
  createMatterBody,
  formPreview,
  formPreviewBody,
  importResult,
  saveDraftBody,
  versionResult,
} from './schemas.js';

/** The catalogue administration: system administrators, and maintainers for their department. */
export function registerAdminCatalogueRoutes(app: ZodApp, ctx: AppContext, service: CatalogueService): void {
  const tags = ['catalogue-admin'];
  const denied = { 401: problemSchema, 403: problemSchema };
  const repo = catalogueRepository(ctx.db);

  app.get(
    '/api/v1/admin/matters',
    { schema: { operationId: 'adminListMatters', tags, response: { 200: adminMatterList, ...denied } } },
    async (request) => {
      assertCan(request.principal, 'catalogue.manage');
      const scope = request.principal.roles.includes('sys_admin') ? null : request.principal.departmentId;
      return { items: await repo.latestVersions(scope) };
    },
  );

  app.get(
    '/api/v1/admin/matters/:code',
    {
      schema: {
        operationId: 'adminGetMatter',
        tags,
        params: codeParams,
        response: { 200: adminMatterDetail, 404: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'catalogue.manage');
      const matter = await repo.findMatter(request.params.code);
      if (!matter) throw notFound();
      service.assertDepartment(request.principal, matter.departmentId);
      const versions = await repo.versionsOf(matter.id);
      return {
        code: matter.code,
        departmentId: matter.departmentId,
        versions: versions.map((v) => ({
          version: v.version,
          status: v.status,
          createdAt: v.createdAt,
          publishedAt: v.publishedAt,
          guide: JSON.parse(v.guide) as MatterGuide,
        })),
      };
    },
  );

  app.post(
    '/api/v1/admin/matters',
    {
      schema: {
        operationId: 'adminCreateMatter',
        tags,
        summary: '新建事项（草稿）/ Create a matter as a draft',
        body: createMatterBody,
        response: { 201: versionResult, 400: problemSchema, 409: problemSchema, ...denied },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'catalogue.manage');
      await service.create(request, request.body.code, request.body.guide);
      return reply.status(201).send({ version: 1 });
    },
  );

  app.put(
    '/api/v1/admin/matters/:code/draft',
    {
      schema: {
        operationId: 'adminSaveDraft',
        tags,
        summary:
          '保存草稿（修改已发布事项将生成新版本）/ Save the draft; editing a published matter opens a new version',
        params: codeParams,
        body: saveDraftBody,
        response: { 200: versionResult, 400: problemSchema, 404: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'catalogue.manage');
      return { version: await service.saveDraft(request, request.params.code, request.body.guide) };
    },
  );

  app.post(
    '/api/v1/admin/matters/:code/publish',
    {
      schema: {
        operationId: 'adminPublishMatter',
        tags,
        params: codeParams,
        response: { 200: versionResult, 404: problemSchema, 409: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'catalogue.manage');
      return { version: await service.publish(request, request.params.code) };
    },
  );

  app.post(
    '/api/v1/admin/matters/:code/withdraw',
    {
      schema: {
        operationId: 'adminWithdrawMatter',
        tags,
        params: codeParams,
        response: { 204: z.null(), 404: problemSchema, 409: problemSchema, ...denied },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'catalogue.manage');
      await service.withdraw(request, request.params.code);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/admin/forms/preview',
    {
      schema: {
        operationId: 'adminPreviewForm',
        tags,
        summary: '表单设计器实时预览 / Compile a form for the designer’s live preview',
        body: formPreviewBody,
        response: { 200: formPreview, 400: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'catalogue.manage');
      return compileForm(request.body.name, request.body.form);
    },
  );

  app.get(
    '/api/v1/admin/catalogue/export',
    { schema: { operationId: 'adminExportCatalogue', tags, response: { 200: catalogueExport, ...denied } } },
    async (request, reply) => {
      assertCan(request.principal, 'catalogue.transfer');
      const body = await exportCatalogue(ctx);
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'catalogue.export',
        objectType: 'catalogue',
        detail: { matters: body.matters.length },
      });
      reply.header(
        'content-disposition',
        `attachment; filename="onewindow-catalogue-${body.exportedAt.slice(0, 10)}.json"`,
      );
      return body;
    },
  );

  app.post(
    '/api/v1/admin/catalogue/import',
    {
      bodyLimit: 50 * 1024 * 1024,
      schema: {
        operationId: 'adminImportCatalogue',
        tags,
        summary: '导入整个事项库（单一事务，全部成功或全部不变）/ Import a whole catalogue, all or nothing',
        body: catalogueExport,
        response: { 200: importResult, 400: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'catalogue.transfer');
      const result = await importCatalogue(ctx, request.body, request.auditFacts());
      service.notifyChanged();
      return result;
    },
  );
}

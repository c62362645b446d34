import { z } from 'zod';
import { notFound, ProblemError, unauthenticated } from '../../platform/errors/index.js';
import { emitInTrx } from '../../platform/events/index.js';
import {
  fileMetas,
  fileStoreOf,
  receiveFile,
  refuseActivePdf,
  registerUploads,
  sendFile,
  storedFileSchema,
  storedFileView,
  storeUpload,
} from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import type { Principal } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { APPLICATION_FILE_PURPOSE, acceptsUploadFor, attachedFileIds } from '../applications/index.js';
import { catalogueRepository, type MatterGuide, materialLimits } from '../catalogue/index.js';
import { ownProjectLicences } from '../projects/index.js';
import { uploadRepository } from './repository.js';
import { openUploads, openUploadsQuery, uploadParams, uploadQuery } from './schemas.js';

function signedIn(principal: Principal | null): Principal {
  if (!principal) throw unauthenticated();
  return principal;
}

/**
 * Files applicants hand in for a matter's materials, checked by content and against the
 * material's limits. A file is its uploader's alone: anyone else is told it does not exist.
 */
export async function registerUploadRoutes(app: ZodApp, ctx: AppContext): Promise<void> {
  await registerUploads(app);
  const tags = ['uploads'];
  const store = fileStoreOf(ctx);
  const repo = uploadRepository(ctx.db);

  /** Uploads not yet handed in with an application: they count against a material's limit. */
  async function openOf(accountId: string, matterCode: string, materialId?: string) {
    const rows = await repo.of(accountId, matterCode, materialId);
    const attached = await attachedFileIds(
      ctx.db,
      rows.map((r) => r.fileId),
    );
    return rows.filter((r) => !attached.has(r.fileId));
  }

  app.post(
    '/api/v1/uploads',
    {
      schema: {
        operationId: 'uploadMaterialFile',
        tags,
        summary:
          '上传申请材料（multipart，字段 file；PDF、JPG、PNG、OFD）/ Upload a material file (PDF, JPG, PNG or OFD)',
        consumes: ['multipart/form-data'],
        querystring: uploadQuery,
        response: {
          201: storedFileSchema,
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
          413: problemSchema,
          415: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const principal = signedIn(request.principal);
      const { matterCode, materialId, projectId } = request.query;
      const version = await catalogueRepository(ctx.db).publishedByCode(matterCode);
      if (!version) throw notFound();
      const material = (JSON.parse(version.guide) as MatterGuide).materials.find((m) => m.id === materialId);
      const belongs = projectId ? await ownProjectLicences(ctx.db, principal, projectId) : undefined;
      if (!material || !(await acceptsUploadFor(ctx, principal, material, belongs)))
        throw new ProblemError(422, 'upload.unknown_material', {
          fields: [{ field: 'materialId', code: 'upload.unknown_material' }],
        });
      const limits = materialLimits(material);
      if ((await openOf(principal.accountId, matterCode, materialId)).length >= limits.maxFiles) {
        const params = { material: material.name, max: limits.maxFiles };
        throw new ProblemError(422, 'upload.too_many_files', {
          params,
          fields: [{ field: 'file', code: 'upload.too_many_files', params }],
        });
      }
      const file = await receiveFile(request, limits.maxSizeMb);
      if (file.mediaType === 'application/pdf') await refuseActivePdf(file.bytes);
      const stored = await storeUpload(ctx, request, {
        purpose: APPLICATION_FILE_PURPOSE,
        file,
        action: 'upload.create',
        topic: 'upload.received',
        detail: { matterCode, materialId },
        also: (trx, meta) =>
          uploadRepository(trx).insert({
            fileId: meta.id,
            accountId: principal.accountId,
            matterCode,
            materialId,
            createdAt: meta.createdAt,
          }),
      });
      return reply.status(201).send(storedFileView(stored));
    },
  );

  app.get(
    '/api/v1/uploads',
    {
      schema: {
        operationId: 'listMyOpenUploads',
        tags,
        summary: '本人为某事项上传、尚未随申请提交的文件 / My uploads for a matter not yet handed in',
        querystring: openUploadsQuery,
        response: { 200: openUploads, 401: problemSchema },
      },
    },
    async (request) => {
      const principal = signedIn(request.principal);
      const rows = await openOf(principal.accountId, request.query.matterCode);
      const metas = new Map(
        (
          await fileMetas(
            ctx.db,
            rows.map((r) => r.fileId),
          )
        ).map((f) => [f.id, f]),
      );
      return {
        items: rows.map((r) => ({
          ...storedFileView(metas.get(r.fileId)!),
          materialId: r.materialId,
          createdAt: r.createdAt,
        })),
      };
    },
  );

  app.get(
    '/api/v1/uploads/:id',
    {
      schema: {
        operationId: 'downloadMyUpload',
        tags,
        summary: '下载本人上传的文件 / Download a file one uploaded',
        params: uploadParams,
        response: { 401: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const principal = signedIn(request.principal);
      const file = await store.read(request.params.id);
      if (
        !file ||
        file.meta.ownerAccountId !== principal.accountId ||
        file.meta.purpose !== APPLICATION_FILE_PURPOSE
      )
        throw notFound();
      return sendFile(reply, { ...file.meta, bytes: file.bytes });
    },
  );

  app.delete(
    '/api/v1/uploads/:id',
    {
      schema: {
        operationId: 'discardMyUpload',
        tags,
        summary: '删除尚未提交的上传文件 / Discard an upload not yet handed in',
        params: uploadParams,
        response: { 204: z.null(), 401: problemSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const principal = signedIn(request.principal);
      const { id } = request.params;
      await ctx.db.transaction().execute(async (trx) => {
        const upload = await uploadRepository(trx).find(id);
        if (!upload || upload.accountId !== principal.accountId) throw notFound();
        if ((await attachedFileIds(trx, [id])).size) throw new ProblemError(409, 'upload.attached');
        await uploadRepository(trx).remove(id);
        await store.removeRow(trx, id);
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'upload.discard',
          objectType: 'file',
          objectId: id,
          detail: { matterCode: upload.matterCode, materialId: upload.materialId },
        });
        await emitInTrx(trx, 'upload.discarded', { fileId: id, accountId: principal.accountId });
      });
      await store.discardBytes(id);
      return reply.status(204).send(null);
    },
  );
}

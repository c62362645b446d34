import { z } from 'zod';
import { notFound } from '../../platform/errors/index.js';
import {
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
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import type { CatalogueService } from './catalogue-service.js';
import { CATALOGUE_FILE_PURPOSE, fileIdField, MATERIAL_FILE_KINDS } from './material-files.js';
import type { MatterGuide } from './model.js';
import { catalogueRepository } from './repository.js';
import { matterCode } from './schemas.js';

const TEMPLATE_MAX_MB = 10;
const LABEL = { template: '空白表格', sample: '填写样例' } as const;
const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/ofd': 'ofd',
};

/**
 * 空白表格 and 填写样例: maintainers upload them for a matter (the guide then names them and is
 * saved as a draft version like any other edit); once published, anyone downloads them.
 */
export async function registerMaterialFileRoutes(app: ZodApp, ctx: AppContext, service: CatalogueService) {
  await registerUploads(app);
  const repo = catalogueRepository(ctx.db);
  const store = fileStoreOf(ctx);

  app.post(
    '/api/v1/admin/matters/:code/material-files',
    {
      schema: {
        operationId: 'adminUploadMaterialFile',
        tags: ['catalogue-admin'],
        summary: '上传空白表格或填写样例（multipart，字段 file）/ Upload a blank form or a filled sample',
        consumes: ['multipart/form-data'],
        params: z.object({ code: matterCode }),
        response: {
          201: storedFileSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          413: problemSchema,
          415: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'catalogue.manage');
      const matter = await repo.findMatter(request.params.code);
      if (!matter) throw notFound();
      service.assertDepartment(request.principal, matter.departmentId);
      const file = await receiveFile(request, TEMPLATE_MAX_MB);
      // Anyone downloads a published form: it is held to what applicants' uploads are.
      if (file.mediaType === 'application/pdf') await refuseActivePdf(file.bytes);
      const meta = await storeUpload(ctx, request, {
        purpose: CATALOGUE_FILE_PURPOSE,
        file,
        action: 'catalogue.material_file_upload',
        topic: 'catalogue.material_file_uploaded',
        detail: { matterCode: matter.code },
      });
      return reply.status(201).send(storedFileView(meta));
    },
  );

  app.get(
    '/api/v1/admin/matters/:code/material-files/:fileId',
    {
      schema: {
        operationId: 'adminDownloadMaterialFile',
        tags: ['catalogue-admin'],
        summary: '下载本事项的表格文件（含未发布版本）/ Download a form file of this matter, drafts included',
        params: z.object({ code: matterCode, fileId: z.uuid() }),
        response: { 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'catalogue.manage');
      const matter = await repo.findMatter(request.params.code);
      if (!matter) throw notFound();
      service.assertDepartment(request.principal, matter.departmentId);
      const { fileId } = request.params;
      const file = await store.read(fileId);
      if (!file || file.meta.purpose !== CATALOGUE_FILE_PURPOSE) throw notFound();
      // Files this matter's versions name, and the caller's own uploads not saved into one yet.
      const named = (await repo.versionsOf(matter.id)).some((v) => v.guide.includes(fileId));
      if (!named && file.meta.ownerAccountId !== request.principal.accountId) throw notFound();
      return sendFile(reply, { ...file.meta, bytes: file.bytes });
    },
  );

  for (const kind of MATERIAL_FILE_KINDS) {
    app.get(
      `/api/v1/matters/:code/materials/:materialId/${kind}`,
      {
        schema: {
          operationId: kind === 'template' ? 'downloadMaterialTemplate' : 'downloadMaterialSample',
          tags: ['catalogue'],
          summary:
            kind === 'template'
              ? '下载空白表格 / Download the blank form'
              : '下载填写样例 / Download the filled sample',
          params: z.object({ code: matterCode, materialId: z.string().max(32) }),
          response: { 404: problemSchema },
        },
      },
      async (request, reply) => {
        const version = await repo.publishedByCode(request.params.code);
        const guide = version ? (JSON.parse(version.guide) as MatterGuide) : undefined;
        const material = guide?.materials.find((m) => m.id === request.params.materialId);
        const fileId = material?.[fileIdField(kind)];
        const file = fileId ? await store.read(fileId) : undefined;
        if (!material || !file) throw notFound();
        const extension = EXTENSION[file.meta.mediaType] ?? 'bin';
        return sendFile(reply, {
          bytes: file.bytes,
          mediaType: file.meta.mediaType,
          fileName: `${material.name}（${LABEL[kind]}）.${extension}`,
        });
      },
    );
  }
}

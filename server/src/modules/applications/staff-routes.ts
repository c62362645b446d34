import { z } from 'zod';
import { maskIdNumber } from '../../platform/crypto/index.js';
import { notFound } from '../../platform/errors/index.js';
import { fileStoreOf, sendFile } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { identityRepository } from '../identity/index.js';
import { verifyDeclarationSeal } from './declaration-seal.js';
import { materialsOf } from './materials.js';
import { applicationNoParams, declarationSealView } from './schemas.js';
import { staffApplicationAccess } from './staff-access.js';
import { reusedMaterialsView, reusedMaterialView } from './zero-submission-view.js';

const staffApplication = z
  .object({
    applicationNo: z.string(),
    matterCode: z.string(),
    matterName: z.string(),
    versionId: z.string(),
    status: z.string(),
    applicant: z.object({
      kind: z.enum(['person', 'organization']),
      name: z.string(),
      /** Masked: the full number is in the form data the reviewer needs it in. */
      idNumber: z.string().nullable(),
    }),
    formData: z.record(z.string(), z.unknown()),
    materials: z.array(
      z.object({
        materialId: z.string(),
        materialName: z.string(),
        fileId: z.string(),
        fileName: z.string(),
        mediaType: z.string(),
        byteSize: z.number().int(),
      }),
    ),
    /** 零提交: materials taken from licences or shared data instead of asked for. */
    reusedMaterials: z.array(reusedMaterialView),
    /** The organisation's seal on the declaration, verified now; null when it signed without. */
    declarationSeal: declarationSealView.nullable(),
    submittedAt: z.string(),
    /** 通办: where the applicant chose to collect the result. */
    collectAt: z.string().nullable(),
  })
  .meta({ id: 'StaffApplication' });

/**
 * The application file for the staff who work or supervise its case: every read is audited
 * (it holds a person's data), and staff outside the case get 404.
 */
export function registerStaffApplicationRoutes(app: ZodApp, ctx: AppContext): void {
  const visible = staffApplicationAccess(ctx);

  app.get(
    '/api/v1/workbench/applications/:applicationNo',
    {
      schema: {
        operationId: 'getApplicationForStaff',
        tags: ['workbench'],
        summary: '办件申请材料与表单（查阅留痕）/ The application file, for staff on the case (audited)',
        params: applicationNoParams,
        response: { 200: staffApplication, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await visible(request.params.applicationNo, request.principal);
      const person =
        row.applicantKind === 'person'
          ? await identityRepository(ctx.db).findPerson(row.submittedBy)
          : undefined;
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'application.read',
        objectType: 'application',
        objectId: row.applicationNo,
      });
      return {
        applicationNo: row.applicationNo,
        matterCode: row.matterCode,
        matterName: row.matterName,
        versionId: row.matterVersionId,
        status: row.status,
        applicant: {
          kind: row.applicantKind,
          name: row.applicantName,
          idNumber: person ? maskIdNumber(ctx.cipher.decrypt(person.idNumberEnc)) : null,
        },
        formData: JSON.parse(ctx.cipher.decrypt(row.formDataEnc)),
        materials: (await materialsOf(ctx.db, row.id)).map(({ sm3: _sm3, ...m }) => m),
        reusedMaterials: await reusedMaterialsView(ctx, row.id),
        declarationSeal: await verifyDeclarationSeal(ctx, row),
        submittedAt: row.submittedAt,
        collectAt: row.collectAt ?? null,
      };
    },
  );

  app.get(
    '/api/v1/workbench/applications/:applicationNo/materials/:fileId',
    {
      schema: {
        operationId: 'getMaterialForStaff',
        tags: ['workbench'],
        summary: '在线查看申请材料（查阅留痕）/ View a material file inline (audited)',
        params: applicationNoParams.extend({ fileId: z.uuid() }),
        response: { 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const row = await visible(request.params.applicationNo, request.principal);
      const held = (await materialsOf(ctx.db, row.id)).some((m) => m.fileId === request.params.fileId);
      const file = held ? await fileStoreOf(ctx).read(request.params.fileId) : undefined;
      if (!file) throw notFound();
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'application.material_read',
        objectType: 'application',
        objectId: row.applicationNo,
        detail: { fileId: request.params.fileId },
      });
      // Inline: the workbench shows PDFs and images in place.
      return sendFile(reply, { ...file.meta, bytes: file.bytes }, 'inline');
    },
  );
}

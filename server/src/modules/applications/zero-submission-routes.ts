import { z } from 'zod';
import { addCalendarDays, businessDateOf, isIsoDate } from '../../platform/calendar/index.js';
import { invalidFields, notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { publishedMatter } from '../catalogue/index.js';
import { directoryRepository } from '../directory/index.js';
import { applicantOf, owns } from './applicant.js';
import { verifyDeclarationSeal } from './declaration-seal.js';
import { materialSourcing, sourceName, sourcingIn, UPLOAD_REASONS } from './material-sources.js';
import { REGISTRY_SUBJECTS } from './registry-subjects.js';
import { applicationRepository } from './repository.js';
import { applicationNoParams, declarationSealView } from './schemas.js';
import { staffApplicationAccess } from './staff-access.js';
import { type ZeroSubmissionFigures, zeroSubmissionByDepartment } from './zero-submission.js';
import { reusedMaterialsView, reusedMaterialView } from './zero-submission-view.js';

const sourcingView = z
  .object({
    materialId: z.string(),
    materialName: z.string(),
    /** The licence type or data set the guide names for it. */
    typeName: z.string(),
    requirement: z.enum(['required', 'conditional']),
    /** reused: taken, nothing to hand in; upload: the applicant uploads it; department: the department obtains it. */
    sourcing: z.enum(['reused', 'upload', 'department']),
    /** Why an upload is needed although the guide names a licence or shared data. */
    // Lazy: the licences module imports this one, and material-sources may not be loaded yet.
    reason: z.lazy(() => z.enum(UPLOAD_REASONS)).nullable(),
    /** The licence taken, or the holder's latest one that is not valid (with its status). */
    license: z
      .object({
        typeName: z.string(),
        licenseNo: z.string(),
        issuerName: z.string().nullable(),
        validUntil: z.string().nullable(),
        status: z.string(),
      })
      .nullable(),
    /** The registry record taken: whose, masked. */
    sharedData: z
      .object({
        typeName: z.string(),
        subject: z.enum(REGISTRY_SUBJECTS),
        name: z.string(),
        idNumber: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'MaterialSourcing' });

const sourcesQuery = z.object({ matterCode: z.string().max(32) });
const sourcesResult = z.object({
  matterCode: z.string(),
  versionId: z.string(),
  materials: z.array(sourcingView),
});

const figures = {
  applications: z.number().int(),
  applicationsWithReuse: z.number().int(),
  materialsReused: z.number().int(),
  materialsHandedIn: z.number().int(),
  /** Materials taken ÷ all materials of the applications (taken + handed in); 0 without any. */
  reuseRate: z.number(),
};
const zeroSubmissionQuery = z.object({ from: z.string().optional(), to: z.string().optional() });
const zeroSubmissionResult = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.object(figures),
    departments: z.array(
      z.object({
        departmentId: z.string(),
        departmentCode: z.string(),
        departmentName: z.string(),
        ...figures,
        /** This department's part of all materials taken. */
        shareOfReused: z.number(),
      }),
    ),
  })
  .meta({ id: 'ZeroSubmissionStatistics' });

/** The longest span one question may cover: ten years of daily counters per department. */
const MAX_DAYS = 3660;
const DEFAULT_DAYS = 30;

const rateOf = (f: ZeroSubmissionFigures) => {
  const all = f.materialsReused + f.materialsHandedIn;
  return all ? f.materialsReused / all : 0;
};

/** The days asked for, or the last 30 by default; field errors for a bad range. */
function rangeOf(query: z.infer<typeof zeroSubmissionQuery>) {
  // Both dates are checked before either is used: the default `from` is counted back from `to`.
  const invalid = (['from', 'to'] as const).filter((field) => {
    const value = query[field];
    return value !== undefined && !isIsoDate(value);
  });
  if (invalid.length) throw invalidFields(invalid.map((field) => ({ field, code: 'calendar.invalid_date' })));
  const to = query.to ?? businessDateOf(new Date());
  const from = query.from ?? addCalendarDays(to, 1 - DEFAULT_DAYS);
  if (from > to || addCalendarDays(from, MAX_DAYS) < to)
    throw invalidFields([{ field: 'from', code: 'application.zero_submission_range' }]);
  return { from, to };
}

/** 零提交: what an applicant will not be asked for, proof of sealed declarations, and the supervisors' figures. */
export function registerZeroSubmissionRoutes(app: ZodApp, ctx: AppContext): void {
  const repo = applicationRepository(ctx.db);
  const asStaff = staffApplicationAccess(ctx);

  app.get(
    '/api/v1/applications/material-sources',
    {
      schema: {
        operationId: 'getMaterialSources',
        tags: ['applications'],
        summary:
          '本人申请该事项时哪些材料自动获取、哪些须上传（电子证照、共享数据）/ Which materials are taken from licences or shared data for the caller',
        querystring: sourcesQuery,
        response: { 200: sourcesResult, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const applicant = await applicantOf(ctx.db, request.principal);
      const matter = await publishedMatter(ctx.db, request.query.matterCode);
      if (!matter) throw notFound();
      const sourcing = await materialSourcing(ctx.db, ctx.cipher, applicant, matter.guide);
      const materials = matter.guide.materials.flatMap((m) => {
        const s = sourcingIn(sourcing, m);
        if (s.kind === 'applicant') return [];
        const reuse = s.kind === 'reused' ? s.reuse : null;
        const inactive = s.kind === 'upload' ? s.license : undefined;
        const typeName = sourceName(m) ?? '';
        return [
          {
            materialId: m.id,
            materialName: m.name,
            typeName,
            requirement: m.requirement,
            sourcing: s.kind,
            reason: s.kind === 'upload' ? s.reason : null,
            license:
              reuse?.kind === 'license'
                ? { typeName: reuse.typeName, ...reuse.license, status: 'valid' }
                : inactive
                  ? { typeName, issuerName: null, validUntil: null, ...inactive }
                  : null,
            sharedData:
              reuse?.kind === 'shared_data'
                ? { typeName: reuse.typeName, subject: reuse.subject, ...reuse.person }
                : null,
          },
        ];
      });
      return { matterCode: matter.code, versionId: matter.versionId, materials };
    },
  );

  app.get(
    '/api/v1/applications/:applicationNo/reused-materials',
    {
      schema: {
        operationId: 'listMyReusedMaterials',
        tags: ['applications'],
        summary:
          '本人办件自动获取的材料（电子证照编号、共享数据来源）/ What my application took instead of asking',
        params: applicationNoParams,
        response: {
          200: z.array(reusedMaterialView),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const owner = await applicantOf(ctx.db, request.principal);
      const row = await repo.findByNo(request.params.applicationNo);
      if (!row || !owns(owner, row)) throw notFound();
      return reusedMaterialsView(ctx, row.id);
    },
  );

  app.get(
    '/api/v1/applications/:applicationNo/declaration-seal',
    {
      schema: {
        operationId: 'verifyMyDeclarationSeal',
        tags: ['applications'],
        summary: '核验本单位以电子印章签署的申请声明 / Verify the organisation’s sealed declaration',
        params: applicationNoParams,
        response: { 200: declarationSealView, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const owner = await applicantOf(ctx.db, request.principal);
      const row = await repo.findByNo(request.params.applicationNo);
      if (!row || !owns(owner, row)) throw notFound();
      const verified = await verifyDeclarationSeal(ctx, row);
      if (!verified) throw notFound();
      return verified;
    },
  );

  app.get(
    '/api/v1/workbench/applications/:applicationNo/declaration-seal',
    {
      schema: {
        operationId: 'verifyDeclarationSeal',
        tags: ['workbench'],
        summary: '核验申请单位的电子印章签名 / Verify the applicant organisation’s seal on the declaration',
        params: applicationNoParams,
        response: { 200: declarationSealView, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await asStaff(request.params.applicationNo, request.principal);
      const verified = await verifyDeclarationSeal(ctx, row);
      if (!verified) throw notFound();
      return verified;
    },
  );

  app.get(
    '/api/v1/supervision/zero-submission',
    {
      schema: {
        operationId: 'zeroSubmissionStatistics',
        tags: ['supervision'],
        summary:
          '零提交统计：免提交材料总数及各部门占比 / Materials not asked for, in total and per department',
        querystring: zeroSubmissionQuery,
        response: { 200: zeroSubmissionResult, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'application.zero_submission_read');
      const { from, to } = rangeOf(request.query);
      // A head of department sees their own department only.
      const own = request.principal.roles.includes('supervisor') ? null : request.principal.departmentId;
      const [rows, departments] = await Promise.all([
        zeroSubmissionByDepartment(ctx.db, { from, to, departmentId: own }),
        directoryRepository(ctx.db).departments(),
      ]);
      const byId = new Map(departments.map((d) => [d.id, d]));
      const total = rows.reduce<ZeroSubmissionFigures>(
        (sum, r) => ({
          applications: sum.applications + r.applications,
          applicationsWithReuse: sum.applicationsWithReuse + r.applicationsWithReuse,
          materialsReused: sum.materialsReused + r.materialsReused,
          materialsHandedIn: sum.materialsHandedIn + r.materialsHandedIn,
        }),
        { applications: 0, applicationsWithReuse: 0, materialsReused: 0, materialsHandedIn: 0 },
      );
      return {
        from,
        to,
        total: { ...total, reuseRate: rateOf(total) },
        departments: rows
          .map((r) => ({
            ...r,
            departmentCode: byId.get(r.departmentId)?.code ?? '',
            departmentName: byId.get(r.departmentId)?.name ?? '',
            reuseRate: rateOf(r),
            shareOfReused: total.materialsReused ? r.materialsReused / total.materialsReused : 0,
          }))
          .sort((a, b) => b.materialsReused - a.materialsReused || b.applications - a.applications),
      };
    },
  );
}

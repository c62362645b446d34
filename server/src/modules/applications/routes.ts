import { z } from 'zod';
import { maskName } from '../../platform/crypto/index.js';
import { newRowId } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { fileStoreOf, sendFile } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { catalogueRepository, type MatterGuide } from '../catalogue/index.js';
import { caseService } from '../workflow/index.js';
import { applicantOf, ownerOf, owns } from './applicant.js';
import { answerCorrection } from './correction-answer.js';
import { materialSourcing } from './material-sources.js';
import { checkMaterials, draftMaterialsView, materialsOf } from './materials.js';
import { parseApplicationNo } from './numbering/index.js';
import { applicationRepository, type Owner } from './repository.js';
import type { SubmitBody } from './schemas.js';
import {
  applicationDetail,
  applicationNoParams,
  applicationPage,
  draft,
  draftBody,
  draftList,
  draftParams,
  draftUpdateBody,
  listQuery,
  materialFileParams,
  progressQuery,
  progressResult,
  resubmitBody,
  submitBody,
  submitted,
  withdrawBody,
} from './schemas.js';
import { submissionService } from './submission-service.js';
import { submittedView } from './submitted-view.js';
import type { ApplicationTable } from './tables.js';

export function registerApplicationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['applications'];
  const service = submissionService(ctx);
  const repo = applicationRepository(ctx.db);
  const formOf = (sealed: string) => JSON.parse(ctx.cipher.decrypt(sealed)) as Record<string, unknown>;
  const timelineOf = async (id: string) =>
    (await repo.timeline(id)).map((e) => ({ at: e.at, action: e.action, note: e.note }));

  async function detailOf(row: ApplicationTable) {
    // The notice's items, while they wait for the applicant's answer.
    const waiting =
      row.status === 'correction_requested'
        ? await caseService(ctx).load(ctx.db, row.applicationNo)
        : undefined;
    const correction = waiting?.state.intake.correction;
    return {
      applicationNo: row.applicationNo,
      matterCode: row.matterCode,
      matterName: row.matterName,
      versionId: row.matterVersionId,
      status: row.status,
      applicant: { kind: row.applicantKind, name: row.applicantName },
      formData: formOf(row.formDataEnc),
      materials: (await materialsOf(ctx.db, row.id)).map(({ sm3: _, ...m }) => m),
      collectAt: row.collectAt ?? null,
      submittedAt: row.submittedAt,
      updatedAt: row.updatedAt,
      timeline: await timelineOf(row.id),
      correction: correction ? { requestedAt: correction.requestedAt, items: correction.items } : null,
    };
  }

  app.post(
    '/api/v1/applications',
    {
      schema: {
        operationId: 'submitApplication',
        tags,
        summary: '提交网上申请（须带 Idempotency-Key）/ Submit an application (Idempotency-Key required)',
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        body: submitBody,
        response: {
          201: submitted,
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { row } = await service.submit(request, request.body);
      return reply.status(201).send(await submittedView(ctx, row));
    },
  );

  app.get(
    '/api/v1/applications',
    {
      schema: {
        operationId: 'listMyApplications',
        tags,
        querystring: listQuery,
        response: { 200: applicationPage, 401: problemSchema },
      },
    },
    async (request) => {
      const owner = ownerOf(request.principal);
      return repo.pageOf(owner, request.query.status, request.query.page, request.query.pageSize);
    },
  );

  app.get(
    '/api/v1/applications/:applicationNo',
    {
      schema: {
        operationId: 'getMyApplication',
        tags,
        params: applicationNoParams,
        response: { 200: applicationDetail, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const owner = ownerOf(request.principal);
      const row = await repo.findByNo(request.params.applicationNo);
      if (!row || !owns(owner, row)) throw notFound();
      return detailOf(row);
    },
  );

  app.get(
    '/api/v1/applications/:applicationNo/materials/:fileId',
    {
      schema: {
        operationId: 'downloadMyApplicationMaterial',
        tags,
        summary: '下载本人办件的申请材料 / Download a material file of one’s own application',
        params: materialFileParams,
        response: { 401: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const owner = ownerOf(request.principal);
      const row = await repo.findByNo(request.params.applicationNo);
      if (!row || !owns(owner, row)) throw notFound();
      const held = (await materialsOf(ctx.db, row.id)).some((m) => m.fileId === request.params.fileId);
      const file = held ? await fileStoreOf(ctx).read(request.params.fileId) : undefined;
      if (!file) throw notFound();
      return sendFile(reply, { ...file.meta, bytes: file.bytes });
    },
  );

  app.post(
    '/api/v1/applications/:applicationNo/withdraw',
    {
      schema: {
        operationId: 'withdrawApplication',
        tags,
        summary: '撤回申请（作出决定前）/ Withdraw before a decision',
        params: applicationNoParams,
        body: withdrawBody,
        response: { 200: applicationDetail, 401: problemSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request) => {
      await service.withdraw(request, request.params.applicationNo, request.body.reason);
      return detailOf((await repo.findByNo(request.params.applicationNo))!);
    },
  );

  app.post(
    '/api/v1/applications/:applicationNo/resubmit',
    {
      schema: {
        operationId: 'answerApplicationCorrection',
        tags,
        summary:
          '按补正通知补正后重新提交（补充材料与说明）/ Answer a correction notice: the files and a note, at once',
        params: applicationNoParams,
        body: resubmitBody,
        response: {
          200: applicationDetail,
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      await answerCorrection(ctx, request, request.params.applicationNo, request.body);
      return detailOf((await repo.findByNo(request.params.applicationNo))!);
    },
  );

  app.get(
    '/api/v1/progress',
    {
      config: { rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'queryProgress',
        tags,
        summary: '办件进度公开查询（办件编号 + 申请人姓名）/ Public progress by number and applicant name',
        querystring: progressQuery,
        response: { 200: progressResult, 400: problemSchema, 404: problemSchema, 429: problemSchema },
      },
    },
    async (request) => {
      const { applicationNo, name } = request.query;
      const parsed = parseApplicationNo(applicationNo);
      const row = parsed.ok ? await repo.findByNo(parsed.value) : undefined;
      // A wrong name answers exactly like a wrong number: the query reveals nothing else.
      if (!row || row.applicantName !== name) throw notFound();
      return {
        applicationNo: row.applicationNo,
        matterName: row.matterName,
        status: row.status,
        applicantName: row.applicantKind === 'person' ? maskName(row.applicantName) : row.applicantName,
        submittedAt: row.submittedAt,
        timeline: (await timelineOf(row.id)).map((e) => ({ ...e, note: null })),
      };
    },
  );

  registerDraftRoutes(app, ctx);
}

function registerDraftRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['applications'];
  const repo = applicationRepository(ctx.db);
  const catalogue = catalogueRepository(ctx.db);
  const view = async (d: {
    id: string;
    accountId: string;
    matterCode: string;
    matterName: string;
    matterVersionId: string;
    formDataEnc: string;
    materials: string;
    updatedAt: string;
  }) => ({
    id: d.id,
    matterCode: d.matterCode,
    matterName: d.matterName,
    versionId: d.matterVersionId,
    formData: JSON.parse(ctx.cipher.decrypt(d.formDataEnc)) as Record<string, unknown>,
    ...(await draftMaterialsView(ctx.db, d.accountId, d.materials)),
    updatedAt: d.updatedAt,
  });
  /** A draft may be incomplete, but what it lists must be the applicant's own files for materials they hand in. */
  async function checkedMaterials(versionGuide: string, owner: Owner, materials: SubmitBody['materials']) {
    const guide = JSON.parse(versionGuide) as MatterGuide;
    await checkMaterials(ctx.db, guide, owner.accountId, materials, {
      complete: false,
      sourcing: await materialSourcing(ctx.db, ctx.cipher, owner, guide),
    });
    return JSON.stringify(materials);
  }
  async function ownDraft(principal: Parameters<typeof ownerOf>[0], id: string) {
    const owner = ownerOf(principal);
    const d = await repo.findDraft(id);
    if (!d || d.accountId !== owner.accountId || d.organizationId !== owner.organizationId) throw notFound();
    return d;
  }

  app.get(
    '/api/v1/application-drafts',
    { schema: { operationId: 'listDrafts', tags, response: { 200: draftList, 401: problemSchema } } },
    async (request) => ({
      items: await repo.drafts(ownerOf(request.principal)),
    }),
  );

  app.post(
    '/api/v1/application-drafts',
    {
      schema: {
        operationId: 'saveNewDraft',
        tags,
        summary: '保存草稿 / Save a draft',
        body: draftBody,
        response: { 201: draft, 401: problemSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const owner = await applicantOf(ctx.db, request.principal);
      const version = await catalogue.publishedByCode(request.body.matterCode);
      if (!version) throw notFound();
      const now = new Date().toISOString();
      const row = {
        id: newRowId(),
        accountId: owner.accountId,
        organizationId: owner.organizationId,
        matterCode: request.body.matterCode,
        matterVersionId: request.body.versionId,
        matterName: version.name,
        formDataEnc: ctx.cipher.encrypt(JSON.stringify(request.body.formData)),
        materials: await checkedMaterials(version.guide, owner, request.body.materials),
        createdAt: now,
        updatedAt: now,
      };
      await repo.insertDraft(row);
      return reply.status(201).send(await view(row));
    },
  );

  app.get(
    '/api/v1/application-drafts/:id',
    {
      schema: {
        operationId: 'getDraft',
        tags,
        params: draftParams,
        response: { 200: draft, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => view(await ownDraft(request.principal, request.params.id)),
  );

  app.put(
    '/api/v1/application-drafts/:id',
    {
      schema: {
        operationId: 'updateDraft',
        tags,
        params: draftParams,
        body: draftUpdateBody,
        response: { 200: draft, 401: problemSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const d = await ownDraft(request.principal, request.params.id);
      const version = await catalogue.findVersionById(d.matterVersionId);
      if (!version) throw notFound();
      const patch = {
        formDataEnc: ctx.cipher.encrypt(JSON.stringify(request.body.formData)),
        materials: await checkedMaterials(version.guide, d, request.body.materials),
        updatedAt: new Date().toISOString(),
      };
      await repo.updateDraft(d.id, patch);
      return view({ ...d, ...patch });
    },
  );

  app.delete(
    '/api/v1/application-drafts/:id',
    {
      schema: {
        operationId: 'deleteDraft',
        tags,
        params: draftParams,
        response: { 204: z.null(), 401: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const d = await ownDraft(request.principal, request.params.id);
      await repo.deleteDraft(d.id);
      return reply.status(204).send(null);
    },
  );
}

import { z } from 'zod';
import { businessDateOf } from '../../platform/calendar/index.js';
import { notFound, ProblemError } from '../../platform/errors/index.js';
import { receiveFile, registerUploads, sendFile } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { directoryRepository } from '../directory/index.js';
import { normalizeVerifyCode } from './license-no.js';
import { licenseRepository } from './repository.js';
import {
  copyBody,
  departmentPage,
  departmentQuery,
  idParams,
  issuanceQuery,
  issuanceView,
  licenseItem,
  licenseTypeBody,
  licenseTypeView,
  shareBody,
  sharedView,
  shareView,
  statusActionParams,
  statusChangeBody,
  tokenParams,
  typeCodeParams,
  verification,
  verifyByCodeBody,
  walletDetail,
} from './schemas.js';
import {
  changeLicenseStatus,
  departmentScope,
  itemOf,
  makeCopy,
  ownLicense,
  printedFieldsOf,
  shareLicense,
  walletDetailOf,
  walletOwnerOf,
} from './service.js';
import { saveLicenseType, typeViewOf } from './types-service.js';
import { findByNumberAndCode, verifyLicense, verifyPdf } from './verification.js';

/** A certificate is one page of about 100 KB; anything much larger is not one of ours. */
const MAX_PDF_MB = 5;

export async function registerLicenseRoutes(app: ZodApp, ctx: AppContext): Promise<void> {
  await registerUploads(app);
  const repo = licenseRepository(ctx.db);
  // Public lookups answer everyone: limited per client address like the login, against guessing.
  const limited = { rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: '1 minute' } };
  const publicErrors = { 400: problemSchema, 404: problemSchema, 429: problemSchema };
  const walletErrors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

  app.get(
    '/api/v1/license-types',
    {
      schema: {
        operationId: 'listLicenseTypes',
        tags: ['licenses'],
        summary: '证照目录：证照类型及共享数据来源 / The licence catalogue and shared-data sources',
        response: { 200: z.array(licenseTypeView) },
      },
    },
    async () => (await repo.types()).map(typeViewOf),
  );

  app.put(
    '/api/v1/admin/license-types/:code',
    {
      schema: {
        operationId: 'saveLicenseType',
        tags: ['licenses'],
        summary: '新增或修改证照类型 / Add or change a licence type',
        params: typeCodeParams,
        body: licenseTypeBody,
        response: { 200: licenseTypeView, 400: problemSchema, 409: problemSchema, ...walletErrors },
      },
    },
    async (request) => {
      const { definition, expectedRevision } = request.body;
      if (definition.code !== request.params.code)
        throw new ProblemError(400, 'validation.failed', {
          fields: [{ field: 'definition.code', code: 'license.type.code_mismatch' }],
        });
      return typeViewOf(await saveLicenseType(ctx, request, definition, expectedRevision));
    },
  );

  // 核验: by the QR code's token, by number and 核验码, or by the PDF itself. No login.
  app.get(
    '/api/v1/licenses/verify/:token',
    {
      config: limited,
      schema: {
        operationId: 'verifyLicenseByToken',
        tags: ['licenses'],
        summary: '证照核验（扫码）/ Verify a licence by its QR code',
        params: tokenParams,
        response: { 200: verification, ...publicErrors },
      },
    },
    async (request) => {
      const row = await repo.findByToken(request.params.token);
      if (!row) throw notFound();
      return verifyLicense(ctx, row);
    },
  );

  app.post(
    '/api/v1/licenses/verify',
    {
      config: limited,
      schema: {
        operationId: 'verifyLicenseByNumber',
        tags: ['licenses'],
        summary: '证照核验（证照编号 + 核验码）/ Verify a licence by its number and verification code',
        body: verifyByCodeBody,
        response: { 200: verification, ...publicErrors },
      },
    },
    async (request) => {
      const { licenseNo, verifyCode } = request.body;
      const row = await findByNumberAndCode(ctx, ctx.db, licenseNo, normalizeVerifyCode(verifyCode));
      if (!row) throw new ProblemError(404, 'license.not_found');
      return verifyLicense(ctx, row);
    },
  );

  app.post(
    '/api/v1/licenses/verify/pdf',
    {
      config: limited,
      schema: {
        operationId: 'verifyLicensePdf',
        tags: ['licenses'],
        summary: '证照核验（上传 PDF，原件或用途复印件）/ Verify a licence PDF (original or a use copy)',
        consumes: ['multipart/form-data'],
        response: { 200: verification, 413: problemSchema, 415: problemSchema, ...publicErrors },
      },
    },
    async (request) => {
      const file = await receiveFile(request, MAX_PDF_MB);
      if (file.mediaType !== 'application/pdf')
        throw new ProblemError(415, 'license.pdf_only', {
          fields: [{ field: 'file', code: 'license.pdf_only' }],
        });
      const result = await verifyPdf(ctx, file.bytes);
      if (!result) throw new ProblemError(404, 'license.pdf_unknown');
      return result;
    },
  );

  app.get(
    '/api/v1/licenses/shared/:token',
    {
      config: limited,
      schema: {
        operationId: 'getSharedLicense',
        tags: ['licenses'],
        summary: '持证人分享的证照（限时链接）/ A licence its holder shared, while the link lasts',
        params: tokenParams,
        response: { 200: sharedView, 410: problemSchema, ...publicErrors },
      },
    },
    async (request) => {
      const share = await repo.findShare(request.params.token);
      if (!share) throw notFound();
      if (share.expiresAt <= new Date().toISOString()) throw new ProblemError(410, 'license.share_expired');
      const row = (await repo.findById(share.licenseId))!;
      const checked = await verifyLicense(ctx, row);
      // A licence that no longer checks out shows its status, not data nobody vouches for.
      const fields = checked.status === 'tampered' ? [] : await printedFieldsOf(ctx, row);
      return { ...checked, fields, expiresAt: share.expiresAt };
    },
  );

  // 我的证照: the holder's wallet (a person's own; an organisation's for its agents).
  app.get(
    '/api/v1/my/licenses',
    {
      schema: {
        operationId: 'listMyLicenses',
        tags: ['licenses'],
        summary: '我的证照 / My licences',
        response: { 200: z.array(licenseItem), ...walletErrors },
      },
    },
    async (request) => {
      const today = businessDateOf(new Date());
      return (await repo.ofHolder(walletOwnerOf(request.principal))).map((row) => itemOf(row, today));
    },
  );

  app.get(
    '/api/v1/my/licenses/:id',
    {
      schema: {
        operationId: 'getMyLicense',
        tags: ['licenses'],
        summary: '我的证照详情（含核验码）/ One of my licences, with its verification code',
        params: idParams,
        response: { 200: walletDetail, 409: problemSchema, ...walletErrors },
      },
    },
    async (request) => walletDetailOf(ctx, await ownLicense(ctx, request.principal, request.params.id)),
  );

  app.post(
    '/api/v1/my/licenses/:id/copies',
    {
      schema: {
        operationId: 'downloadMyLicenseCopy',
        tags: ['licenses'],
        summary:
          '下载证照用途复印件（带用途和日期水印的 PDF）/ Download a copy watermarked with its use and date',
        params: idParams,
        body: copyBody,
        response: { 400: problemSchema, 409: problemSchema, 503: problemSchema, ...walletErrors },
      },
    },
    async (request, reply) => {
      const row = await ownLicense(ctx, request.principal, request.params.id);
      const copy = await makeCopy(ctx, request, row, request.body.purpose);
      return sendFile(reply, {
        bytes: Buffer.from(copy.pdf),
        mediaType: 'application/pdf',
        fileName: copy.fileName,
      });
    },
  );

  app.post(
    '/api/v1/my/licenses/:id/shares',
    {
      schema: {
        operationId: 'shareMyLicense',
        tags: ['licenses'],
        summary: '生成限时核验链接 / Make a time-limited verification link',
        params: idParams,
        body: shareBody,
        response: { 201: shareView, 400: problemSchema, 409: problemSchema, ...walletErrors },
      },
    },
    async (request, reply) => {
      const row = await ownLicense(ctx, request.principal, request.params.id);
      return reply.status(201).send(await shareLicense(ctx, request, row, request.body.days));
    },
  );

  // The issuing department: its licences, how issuance went, and revocation or suspension.
  app.get(
    '/api/v1/licenses',
    {
      schema: {
        operationId: 'listDepartmentLicenses',
        tags: ['licenses'],
        summary: '本部门签发的证照（督查人员可看全部）/ Licences the department issued (oversight: all)',
        querystring: departmentQuery,
        response: { 200: departmentPage, 400: problemSchema, ...walletErrors },
      },
    },
    async (request) => {
      const scope = departmentScope(request.principal);
      const { status, q, page, pageSize } = request.query;
      const result = await repo.pageOfDepartment(scope, { status, q: q || undefined }, page, pageSize);
      const today = businessDateOf(new Date());
      return { ...result, items: result.items.map((row) => itemOf(row, today)) };
    },
  );

  app.get(
    '/api/v1/licenses/issuances',
    {
      schema: {
        operationId: 'listLicenseIssuances',
        tags: ['licenses'],
        summary: '证照签发情况（待签发、失败原因）/ Licence issuance: pending, failed and why',
        querystring: issuanceQuery,
        response: { 200: z.array(issuanceView), 400: problemSchema, ...walletErrors },
      },
    },
    async (request) => {
      const scope = departmentScope(request.principal);
      const department = scope ? await directoryRepository(ctx.db).findDepartment(scope) : null;
      if (scope && !department) throw notFound();
      const rows = await repo.issuances({
        status: request.query.status,
        departmentCode: department?.code ?? null,
      });
      return rows.map(
        ({ verifyCodeEnc: _code, verifyToken: _token, applicationId: _id, licenseId: _l, ...row }) => row,
      );
    },
  );

  app.post(
    '/api/v1/licenses/:id/:action',
    {
      schema: {
        operationId: 'changeLicenseStatus',
        tags: ['licenses'],
        summary:
          '撤销、暂停或恢复证照（须写明理由）/ Revoke, suspend or reinstate a licence, with the reason',
        params: statusActionParams,
        body: statusChangeBody,
        response: { 200: licenseItem, 400: problemSchema, 409: problemSchema, ...walletErrors },
      },
    },
    async (request) => {
      await changeLicenseStatus(ctx, request, { ...request.params, ...request.body });
      const row = (await repo.findById(request.params.id))!;
      return itemOf(row);
    },
  );
}

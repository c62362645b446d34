import { z } from 'zod';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { caCertificatePem } from './ca.js';
import { checkSeals } from './health.js';
import { createSealKey, rotateSealKey, sealKeyInfo, sealKeyView } from './keys.js';
import { sealRepository } from './repository.js';
import {
  createKeyBody,
  keyIdParams,
  keyQuery,
  publicSealKey,
  sealCertificateList,
  sealKey,
  sealKeyPage,
} from './schemas.js';

export async function registerSealRoutes(app: ZodApp, ctx: AppContext): Promise<void> {
  const tags = ['seals'];
  const denied = { 401: problemSchema, 403: problemSchema };
  const repo = sealRepository(ctx.db);

  async function viewOf(id: string) {
    const view = await sealKeyInfo(ctx, id);
    if (!view) throw notFound();
    return view;
  }

  // A broken configuration is said at start-up; the server still serves everything else, and
  // signing answers a retryable error until the security administrator repairs it.
  const status = await checkSeals(ctx);
  if (status.seals === 'broken') {
    app.log.error(
      { sealsReason: status.sealsReason },
      'electronic seals are broken: nothing can be signed until this is repaired (see /api/health)',
    );
  }

  app.get(
    '/api/v1/seals/keys',
    {
      schema: {
        operationId: 'listSealKeys',
        tags,
        summary: '印章密钥列表（安全管理员）/ Seal keys (security administrator)',
        querystring: keyQuery,
        response: { 200: sealKeyPage, 400: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'seal.manage');
      const { ownerType, ownerId, status: keyStatus, page, pageSize } = request.query;
      const result = await repo.keyPage(
        { ownerType, ownerId, active: keyStatus === undefined ? undefined : keyStatus === 'active' },
        page,
        pageSize,
      );
      return { ...result, items: await Promise.all(result.items.map((row) => sealKeyView(ctx.db, row))) };
    },
  );

  app.get(
    '/api/v1/seals/keys/:id',
    {
      schema: {
        operationId: 'getSealKey',
        tags,
        summary: '印章密钥详情（不含私钥）/ A seal key, without its private key',
        params: keyIdParams,
        response: { 200: sealKey, 404: problemSchema, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'seal.manage');
      return viewOf(request.params.id);
    },
  );

  app.post(
    '/api/v1/seals/keys',
    {
      schema: {
        operationId: 'createSealKey',
        tags,
        summary: '为部门或单位制作印章密钥（SM2）/ Make a department’s or organisation’s seal key (SM2)',
        body: createKeyBody,
        response: { 201: sealKey, 400: problemSchema, 409: problemSchema, ...denied },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'seal.manage');
      const id = await ctx.db
        .transaction()
        .execute((trx) => createSealKey(ctx, trx, { owner: request.body, ...request.auditFacts() }));
      return reply.status(201).send(await viewOf(id));
    },
  );

  app.post(
    '/api/v1/seals/keys/:id/rotate',
    {
      schema: {
        operationId: 'rotateSealKey',
        tags,
        summary: '轮换印章密钥：旧密钥停用但仍可验签 / Rotate: the old key stops signing, still verifies',
        params: keyIdParams,
        response: { 201: sealKey, 404: problemSchema, 409: problemSchema, ...denied },
      },
    },
    async (request, reply) => {
      assertCan(request.principal, 'seal.manage');
      const id = await ctx.db
        .transaction()
        .execute((trx) => rotateSealKey(ctx, trx, { keyId: request.params.id, ...request.auditFacts() }));
      return reply.status(201).send(await viewOf(id));
    },
  );

  app.get(
    '/api/v1/seals/certificates',
    {
      schema: {
        operationId: 'listSealCertificates',
        tags,
        summary: '平台 CA 及其签发的 PAdES 签名证书 / The platform CA and the PAdES certificates it issued',
        response: { 200: sealCertificateList, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'seal.manage');
      return (await repo.certificates()).map(({ activeSlot, ...row }) => ({
        ...row,
        active: activeSlot !== null,
      }));
    },
  );

  app.get(
    '/api/v1/seals/ca.pem',
    {
      schema: {
        operationId: 'getSealCaCertificate',
        tags,
        summary:
          '平台根证书（验证 PDF 签章时信任它）/ The platform root CA certificate, to trust when verifying PDFs',
        response: { 200: z.string().describe('PEM'), 503: problemSchema },
      },
    },
    async (_request, reply) => {
      reply.header('content-type', 'application/x-pem-file');
      reply.header('content-disposition', 'attachment; filename="onewindow-seal-ca.pem"');
      return reply.send(await caCertificatePem(ctx));
    },
  );

  app.get(
    '/api/v1/seals/public-keys/:id',
    {
      schema: {
        operationId: 'getPublicSealKey',
        tags,
        summary: '印章公钥（验签用，含已停用的）/ A seal’s public key for verifying, also a retired one',
        params: keyIdParams,
        response: { 200: publicSealKey, 404: problemSchema },
      },
    },
    async (request) => {
      const { id, ownerType, ownerName, algorithm, publicKey, status, createdAt, retiredAt } = await viewOf(
        request.params.id,
      );
      return { id, ownerType, ownerName, algorithm, publicKey, status, createdAt, retiredAt };
    },
  );
}

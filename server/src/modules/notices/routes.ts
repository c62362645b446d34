import { sm3Hex } from '../../platform/crypto/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { noticeRepository } from './repository.js';
import { verification, verifyParams } from './schemas.js';
import { renderNotice } from './service.js';

export function registerNoticeRoutes(app: ZodApp, ctx: AppContext): void {
  // A decision's PDF is rendered and archived soon after issuing, so its digest is on record
  // before anyone scans the code; the verification route renders it itself if it comes first.
  // Receipts come with every online submission (up to thousands a second) and cost 10-20 ms of
  // CPU each to render, more than the submission itself: they are rendered when first fetched or
  // verified. Each notice is rendered on its own, so its events need no order.
  ctx.outbox.on(
    'notice.issued',
    async (event) => {
      const { noticeId, kind } = event.payload as { noticeId: string; kind: string };
      if (kind !== 'receipt') await renderNotice(ctx.db, ctx, noticeId);
    },
    { independent: true },
  );

  app.get(
    '/api/v1/notices/verify/:code',
    {
      config: { rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'verifyNotice',
        tags: ['notices'],
        summary: '通知书核验（扫码）：只显示脱敏信息和文件 SM3 / Verify a notice by the code in its QR',
        params: verifyParams,
        response: { 200: verification, 404: problemSchema, 429: problemSchema },
      },
    },
    async (request) => {
      const row = await noticeRepository(ctx.db).findByCode(request.params.code);
      if (!row) throw notFound();
      // The document itself is never handed out here: it carries personal data.
      const pdfSm3 = row.pdfSm3 ?? sm3Hex(Buffer.from(await renderNotice(ctx.db, ctx, row.id)));
      return {
        kind: row.kind,
        title: row.title,
        documentNo: row.documentNo,
        applicationNo: row.applicationNo,
        issuerName: row.issuerName,
        issuedAt: row.issuedAt,
        recipient: row.recipientMasked,
        pdfSm3,
      };
    },
  );
}

import { z } from 'zod';
import { notFound } from '../../platform/errors/index.js';
import { sendFile } from '../../platform/files/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import type { Principal } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { noticesOf, renderNotice } from '../notices/index.js';
import { applicantOf, owns } from './applicant.js';
import { applicationRepository } from './repository.js';
import { applicationNoParams } from './schemas.js';
import { staffApplicationAccess } from './staff-access.js';

const noticeList = z.array(
  z.object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    documentNo: z.string().nullable(),
    issuerName: z.string(),
    issuedAt: z.string(),
    verifyCode: z.string(),
  }),
);
const noticeParams = applicationNoParams.extend({ noticeId: z.uuid() });

/** The written notices of an application: for its applicant, and for the staff on its case. */
export function registerNoticeRoutes(app: ZodApp, ctx: AppContext): void {
  const repo = applicationRepository(ctx.db);

  async function asApplicant(applicationNo: string, principal: Principal | null) {
    const owner = await applicantOf(ctx.db, principal);
    const row = await repo.findByNo(applicationNo);
    if (!row || !owns(owner, row)) throw notFound();
    return row;
  }
  const asStaff = staffApplicationAccess(ctx);
  const list = async (applicationId: string) =>
    (await noticesOf(ctx.db, applicationId)).map(({ pdfSm3: _sm3, ...n }) => n);
  async function pdf(applicationId: string, noticeId: string) {
    const notice = (await noticesOf(ctx.db, applicationId)).find((n) => n.id === noticeId);
    if (!notice) throw notFound();
    const bytes = Buffer.from(await renderNotice(ctx.db, ctx, noticeId));
    return {
      bytes,
      mediaType: 'application/pdf',
      fileName: `${notice.title}-${notice.documentNo ?? notice.verifyCode}.pdf`,
    };
  }

  for (const [audience, prefix, resolve] of [
    ['applicant', '/api/v1/applications', asApplicant],
    ['staff', '/api/v1/workbench/applications', asStaff],
  ] as const) {
    app.get(
      `${prefix}/:applicationNo/notices`,
      {
        schema: {
          operationId: audience === 'applicant' ? 'listMyNotices' : 'listNoticesForStaff',
          tags: [audience === 'applicant' ? 'applications' : 'workbench'],
          summary: '办件的文书（受理通知书、决定书等）/ The notices of an application',
          params: applicationNoParams,
          response: { 200: noticeList, 401: problemSchema, 403: problemSchema, 404: problemSchema },
        },
      },
      async (request) => list((await resolve(request.params.applicationNo, request.principal)).id),
    );
    app.get(
      `${prefix}/:applicationNo/notices/:noticeId`,
      {
        schema: {
          operationId: audience === 'applicant' ? 'getMyNoticePdf' : 'getNoticePdfForStaff',
          tags: [audience === 'applicant' ? 'applications' : 'workbench'],
          summary: '文书 PDF / A notice as PDF',
          params: noticeParams,
          response: { 401: problemSchema, 403: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const row = await resolve(request.params.applicationNo, request.principal);
        return sendFile(
          reply,
          await pdf(row.id, request.params.noticeId),
          audience === 'staff' ? 'inline' : 'attachment',
        );
      },
    );
  }
}

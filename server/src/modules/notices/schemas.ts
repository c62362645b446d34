import { z } from 'zod';
import { NOTICE_KINDS } from './templates/index.js';

export const verifyParams = z.object({ code: z.string().trim().toLowerCase().max(64) });

export const verification = z
  .object({
    kind: z.enum(NOTICE_KINDS as [string, ...string[]]),
    title: z.string(),
    documentNo: z.string().nullable(),
    applicationNo: z.string(),
    issuerName: z.string(),
    issuedAt: z.string(),
    /** 张* for a person; an organisation's or department's name as it is public anyway. */
    recipient: z.string(),
    /** SM3 of the PDF issued: a holder compares it with their copy's. */
    pdfSm3: z.string(),
  })
  .meta({ id: 'NoticeVerification' });

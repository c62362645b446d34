import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/validation/index.js';

export const auditQuery = pageQuery.extend({
  action: z.string().trim().max(64).optional(),
  actorId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const auditRecord = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    outcome: z.enum(['success', 'failure', 'denied']),
    sourceIp: z.string().nullable(),
  })
  .meta({ id: 'AuditRecord' });

export const auditPage = pageOf(auditRecord);

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  lastSeq: z.number().int(),
  checkpoints: z.number().int(),
  /** Records committed but not on the chain yet: PostgreSQL's write queue chains them right after each commit. */
  unchained: z.number().int(),
  problems: z.array(z.object({ seq: z.number().int(), kind: z.string(), message: z.string() })),
});

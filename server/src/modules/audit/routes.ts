import { type AuditTables, verifyAuditChain } from '../../platform/audit/index.js';
import { tablesOf } from '../../platform/db/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { translate } from '../../platform/i18n/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan, definePermissions } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { auditPage, auditQuery, auditVerification } from './schemas.js';

definePermissions({ 'audit.read': ['audit_admin'], 'audit.verify': ['audit_admin'] });

/** The audit administrator reads the log and checks the chain, and may do nothing else. */
export function registerAuditRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['audit'];
  const denied = { 401: problemSchema, 403: problemSchema };

  app.get(
    '/api/v1/audit/records',
    {
      schema: {
        operationId: 'listAuditRecords',
        tags,
        querystring: auditQuery,
        response: { 200: auditPage, ...denied },
      },
    },
    async (request) => {
      assertCan(request.principal, 'audit.read');
      const { page, pageSize, action, actorId, from, to } = request.query;
      let q = tablesOf<AuditTables>(ctx.db).selectFrom('auditRecords');
      if (action) q = q.where('action', 'like', `${action}%`);
      if (actorId) q = q.where('actorId', '=', actorId);
      if (from) q = q.where('at', '>=', new Date(from).toISOString());
      if (to) q = q.where('at', '<=', new Date(to).toISOString());
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q
        .select([
          'seq',
          'at',
          'actorId',
          'actorLabel as actorName',
          'actorRole',
          'action',
          'objectType',
          'objectId',
          'outcome',
          'sourceIp',
        ])
        .orderBy('seq', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'audit.read',
        objectType: 'audit_log',
        detail: { page, action },
      });
      return {
        items: rows.map((r) => ({ ...r, outcome: r.outcome as 'success' | 'failure' | 'denied' })),
        total: Number(n),
        page,
        pageSize,
      };
    },
  );

  app.post(
    '/api/v1/audit/verification',
    { schema: { operationId: 'verifyAuditChain', tags, response: { 200: auditVerification, ...denied } } },
    async (request) => {
      assertCan(request.principal, 'audit.verify');
      const result = await verifyAuditChain(ctx.db, ctx.audit.publicKey);
      await ctx.audit.record({
        ...request.auditFacts(),
        action: 'audit.verify',
        objectType: 'audit_log',
        detail: { ok: result.ok, checked: result.checked },
      });
      return {
        ...result,
        problems: result.problems.map((p) => ({
          ...p,
          message: translate(request.locale, `audit.problem.${p.kind}`, { ...p }),
        })),
      };
    },
  );
}

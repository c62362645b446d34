import { notFound, unauthenticated } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import type { Principal } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { notificationRepository } from './repository.js';
import {
  notificationItem,
  notificationListQuery,
  notificationPage,
  notificationParams,
  readAllResult,
} from './schemas.js';

const signedIn = (principal: Principal | null): Principal => {
  if (!principal) throw unauthenticated();
  return principal;
};

/** The signed-in account's own notifications: nobody else's are ever found. */
export function registerNotificationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['notifications'];

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listMyNotifications',
        tags,
        summary: '我的消息（含未读数）/ My notifications, with the unread count',
        querystring: notificationListQuery,
        response: { 200: notificationPage, 401: problemSchema },
      },
    },
    async (request) => {
      const { accountId } = signedIn(request.principal);
      const { unread, page, pageSize } = request.query;
      return notificationRepository(ctx.db).pageOf(accountId, unread ?? false, page, pageSize);
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        operationId: 'markNotificationRead',
        tags,
        params: notificationParams,
        response: { 200: notificationItem, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const principal = signedIn(request.principal);
      const { id } = request.params;
      return ctx.db.transaction().execute(async (trx) => {
        const repo = notificationRepository(trx);
        const found = await repo.findOwn(principal.accountId, id);
        if (!found) throw notFound();
        if (found.readAt) return found;
        const at = new Date().toISOString();
        await repo.markRead(principal.accountId, [id], at);
        // Reading a notice is when it reached its addressee: worth the audit trail.
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'notification.read',
          objectType: 'notification',
          objectId: id,
          detail: { kind: found.kind },
        });
        return { ...found, readAt: at };
      });
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        tags,
        response: { 200: readAllResult, 401: problemSchema },
      },
    },
    async (request) => {
      const principal = signedIn(request.principal);
      const marked = await ctx.db.transaction().execute(async (trx) => {
        const n = await notificationRepository(trx).markRead(
          principal.accountId,
          'all',
          new Date().toISOString(),
        );
        if (n > 0)
          await ctx.audit.recordInTrx(trx, {
            ...request.auditFacts(),
            action: 'notification.read_all',
            objectType: 'account',
            objectId: principal.accountId,
            detail: { marked: n },
          });
        return n;
      });
      return { marked };
    },
  );
}

import { maskMobile } from '../../platform/crypto/index.js';
import { notFound } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { assertCan } from '../../platform/permissions/index.js';
import { problemSchema } from '../../platform/validation/index.js';
import { devMailboxPage, devMailboxQuery } from './schemas.js';
import type { Senders } from './senders/index.js';

/** z***@example.com: enough to tell test addresses apart. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '*'.repeat(address.length);
  return `${address[0]}***${address.slice(at)}`;
}

/**
 * The development mailbox: what the local senders "sent", bodies included, for the system
 * administrator of a deployment without real senders. Where real senders work it does not exist (404).
 */
export function registerDevMailboxRoutes(app: ZodApp, ctx: AppContext, senders: Senders): void {
  app.get(
    '/api/v1/dev-mailbox',
    {
      schema: {
        operationId: 'listDevMailbox',
        tags: ['notifications'],
        summary: '开发邮箱（本地短信与邮件）/ Development mailbox (local SMS and e-mail)',
        querystring: devMailboxQuery,
        response: { 200: devMailboxPage, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      assertCan(request.principal, 'notifications.dev_mailbox');
      if (!senders.devMailbox) throw notFound();
      const { channel, page, pageSize } = request.query;
      const { rows, total } = await senders.devMailbox.page(channel, page, pageSize);
      return {
        items: rows.map((r) => {
          const to = ctx.cipher.decrypt(r.recipientEnc);
          return {
            id: r.id,
            channel: r.channel,
            to: r.channel === 'sms' ? maskMobile(to) : maskEmail(to),
            subject: r.subject,
            body: r.body,
            createdAt: r.createdAt,
          };
        }),
        total,
        page,
        pageSize,
      };
    },
  );
}

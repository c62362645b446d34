import type { FastifyBaseLogger } from 'fastify';
import { newRowId } from '../../platform/db/index.js';
import type { DomainEvent } from '../../platform/events/index.js';
import type { AppContext } from '../../platform/http/index.js';
import { contactOf } from '../identity/index.js';
import { type NotificationRequest, notificationRequestSchema } from './kinds.js';
import { preferencesOf } from './preferences.js';
import { notificationRepository } from './repository.js';
import type { Senders } from './senders/index.js';
import type { Channel } from './tables.js';
import { type RenderedNotification, renderNotification } from './templates/render.js';

// Outbox back-off doubles up to ten minutes: twenty attempts keep trying for about two and a half hours.
export const MAX_ATTEMPTS = 20;
// Longer than the SMTP timeouts: a lease this old belongs to a sender that died.
const SENDING_LEASE_MS = 2 * 60_000;

type External = Exclude<Channel, 'in_app'>;

/**
 * Handles `notification.requested`: the in-app notification, then a text message and an
 * e-mail where the account has them. The outbox may hand over the same event again; each
 * channel remembers its delivery, so a retry sends only what has not gone out yet.
 */
export function notificationDelivery(ctx: AppContext, senders: Senders, log: FastifyBaseLogger) {
  /** The notification is dated when its event happened, not when the outbox got to it. */
  async function deliverInApp(
    eventId: string,
    request: NotificationRequest,
    message: RenderedNotification,
    occurredAt: string,
  ) {
    const now = new Date().toISOString();
    // One transaction: the notification exists exactly when its delivery says sent. Through
    // the write queue, so on SQLite it shares a commit with whatever else is being written.
    await ctx.writes.transaction(async (trx) => {
      const repo = notificationRepository(trx);
      await repo.ensureDelivery(eventId, 'in_app', request.accountId, now);
      const claimed = await repo.claimDelivery(eventId, 'in_app', now, now);
      if (!claimed) return;
      await repo.insert({
        id: newRowId(),
        accountId: request.accountId,
        kind: request.kind,
        title: message.title,
        body: message.text,
        link: request.link ?? null,
        createdAt: occurredAt,
        readAt: null,
      });
      await repo.finishDelivery(eventId, 'in_app', { status: 'sent', lastError: null, at: now });
    });
  }

  /** Resolves when the channel is done (now or before); rejects when it should be tried again. */
  async function deliverExternal(
    eventId: string,
    accountId: string,
    channel: External,
    send: () => Promise<void>,
  ): Promise<void> {
    const now = new Date();
    const stale = new Date(now.getTime() - SENDING_LEASE_MS).toISOString();
    const claimed = await ctx.writes.transaction(async (trx) => {
      const repo = notificationRepository(trx);
      await repo.ensureDelivery(eventId, channel, accountId, now.toISOString());
      const taken = await repo.claimDelivery(eventId, channel, now.toISOString(), stale);
      if (taken) return taken;
      const row = await repo.findDelivery(eventId, channel);
      if (row?.status === 'sending') throw new Error(`${channel} is being sent by another worker`);
      return null;
    });
    if (!claimed) return;
    const finish = (outcome: Parameters<ReturnType<typeof notificationRepository>['finishDelivery']>[2]) =>
      ctx.writes.transaction((trx) => notificationRepository(trx).finishDelivery(eventId, channel, outcome));
    try {
      await send();
      await finish({
        status: 'sent',
        lastError: null,
        at: new Date().toISOString(),
      });
    } catch (err) {
      const giveUp = claimed.attempts >= MAX_ATTEMPTS;
      const lastError = String(err).slice(0, 500);
      await finish({
        status: giveUp ? 'abandoned' : 'failed',
        lastError,
        at: new Date().toISOString(),
      });
      if (giveUp) {
        log.error({ eventId, channel, attempts: claimed.attempts }, 'notification not delivered; given up');
        return;
      }
      throw new Error(`${channel}: ${lastError}`);
    }
  }

  return async (event: DomainEvent): Promise<void> => {
    const parsed = notificationRequestSchema.safeParse(event.payload);
    if (!parsed.success) {
      // Retrying cannot repair a malformed request; producers validate through requestNotification.
      log.error({ eventId: event.id, issues: parsed.error.issues }, 'malformed notification request dropped');
      return;
    }
    const request = parsed.data as NotificationRequest;
    const contact = await contactOf(ctx.db, ctx.cipher, request.accountId);
    if (!contact) {
      log.warn({ eventId: event.id }, 'notification for an unknown account dropped');
      return;
    }
    const preferences = await preferencesOf(ctx.db, ctx.cipher, request.accountId);
    const message = renderNotification(
      preferences.language ?? 'zh-CN',
      request.kind,
      request.params,
      request.link ? `${ctx.config.publicBaseUrl}${request.link}` : null,
    );
    await deliverInApp(event.id, request, message, event.createdAt);

    const sends: [External, () => Promise<void>][] = [];
    const { sms, mail } = senders;
    const mobile = preferences.smsEnabled ? contact.mobile : null;
    if (sms && mobile) sends.push(['sms', () => sms.send({ to: mobile, text: message.sms })]);
    const email = preferences.emailEnabled ? preferences.email : null;
    if (email)
      sends.push([
        'email',
        () => mail.send({ to: { name: contact.name, address: email }, ...message.email }),
      ]);
    const outcomes = await Promise.allSettled(
      sends.map(([channel, send]) => deliverExternal(event.id, request.accountId, channel, send)),
    );
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed.length) throw new Error(failed.map((f) => String(f.reason?.message ?? f.reason)).join('; '));
  };
}

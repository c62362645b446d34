import { maskMobile } from '../../platform/crypto/index.js';
import { invalidFields, unauthenticated } from '../../platform/errors/index.js';
import type { AppContext } from '../../platform/http/index.js';
import type { ZodApp } from '../../platform/module.js';
import { problemSchema } from '../../platform/validation/index.js';
import { contactOf } from '../identity/index.js';
import { type Preferences, preferencesOf } from './preferences.js';
import { notificationRepository } from './repository.js';
import { preferencesBody, preferencesView } from './schemas.js';
import type { Senders } from './senders/index.js';

/** 通知设置: how the signed-in account wants to be told, and in which language. */
export function registerPreferenceRoutes(app: ZodApp, ctx: AppContext, senders: Senders): void {
  const tags = ['notifications'];

  async function view(accountId: string, preferences: Preferences) {
    const contact = await contactOf(ctx.db, ctx.cipher, accountId);
    return {
      ...preferences,
      maskedMobile: contact?.mobile ? maskMobile(contact.mobile) : null,
      smsAvailable: senders.sms !== null,
    };
  }

  app.get(
    '/api/v1/notifications/preferences',
    {
      schema: {
        operationId: 'getMyNotificationPreferences',
        tags,
        response: { 200: preferencesView, 401: problemSchema },
      },
    },
    async (request) => {
      if (!request.principal) throw unauthenticated();
      const { accountId } = request.principal;
      return view(accountId, await preferencesOf(ctx.db, ctx.cipher, accountId));
    },
  );

  app.put(
    '/api/v1/notifications/preferences',
    {
      schema: {
        operationId: 'updateMyNotificationPreferences',
        tags,
        summary: '通知设置（电子邮箱、短信、语言）/ Notification settings (e-mail, SMS, language)',
        body: preferencesBody,
        response: { 200: preferencesView, 400: problemSchema, 401: problemSchema },
      },
    },
    async (request) => {
      if (!request.principal) throw unauthenticated();
      const { accountId, kind } = request.principal;
      const next = request.body;
      if (next.emailEnabled && !next.email)
        throw invalidFields([{ field: 'email', code: 'notification.email_required' }]);
      await ctx.db.transaction().execute(async (trx) => {
        const before = await preferencesOf(trx, ctx.cipher, accountId);
        await notificationRepository(trx).savePreferences({
          accountId,
          emailEnc: next.email ? ctx.cipher.encrypt(next.email) : null,
          emailEnabled: next.emailEnabled ? 1 : 0,
          smsEnabled: next.smsEnabled ? 1 : 0,
          language: next.language,
          updatedAt: new Date().toISOString(),
        });
        // The address itself stays out of the audit trail; that it changed is what matters.
        await ctx.audit.recordInTrx(trx, {
          ...request.auditFacts(),
          action: 'notification.update_preferences',
          objectType: kind,
          objectId: accountId,
          detail: {
            emailChanged: before.email !== next.email,
            emailEnabled: next.emailEnabled,
            smsEnabled: next.smsEnabled,
            language: next.language,
          },
        });
      });
      return view(accountId, next);
    },
  );
}

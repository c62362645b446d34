import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/validation/index.js';
import { NOTIFICATION_KINDS } from './kinds.js';

export const notificationItem = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationListQuery = pageQuery.extend({ unread: z.stringbool().optional() });
export const notificationPage = pageOf(notificationItem).extend({ unreadCount: z.number().int() });
export const notificationParams = z.object({ id: z.uuid() });
export const readAllResult = z.object({ marked: z.number().int() });

const language = z.enum(['zh-CN', 'en-US']);

// Field-level problems carry their i18n key, so the form can show exactly what is wrong.
const emailSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value.length <= 254 && z.email().safeParse(value).success) return value.toLowerCase();
    ctx.addIssue({ code: 'custom', params: { i18n: 'email.invalid' } });
    return z.NEVER;
  })
  .meta({ description: 'E-mail address', example: 'zhangsan@example.com' });

export const preferencesBody = z
  .object({
    email: emailSchema.nullable(),
    emailEnabled: z.boolean(),
    smsEnabled: z.boolean(),
    language: language.nullable(),
  })
  .meta({ id: 'NotificationPreferencesUpdate' });

export const preferencesView = z
  .object({
    email: z.string().nullable(),
    emailEnabled: z.boolean(),
    smsEnabled: z.boolean(),
    language: language.nullable(),
    /** Where text messages go, masked; null when the account has no mobile number. */
    maskedMobile: z.string().nullable(),
    /** Whether this deployment sends text messages at all. */
    smsAvailable: z.boolean(),
  })
  .meta({ id: 'NotificationPreferences' });

export const devMailboxQuery = pageQuery.extend({ channel: z.enum(['sms', 'email']).optional() });
export const devMailboxPage = pageOf(
  z.object({
    id: z.string(),
    channel: z.enum(['sms', 'email']),
    to: z.string(),
    subject: z.string().nullable(),
    body: z.string(),
    createdAt: z.string(),
  }),
);

import type { Locale } from '../../platform/i18n/index.js';
import type { NotificationKind } from './kinds.js';

export const CHANNELS = ['in_app', 'sms', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** `sending` is a lease: a sender that died mid-way leaves it to be taken over once stale. */
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'abandoned'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface NotificationTable {
  id: string;
  accountId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** One row per (outbox event, channel): what makes an at-least-once event an at-most-once message. */
export interface NotificationDeliveryTable {
  eventId: string;
  channel: Channel;
  accountId: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
  sentAt: string | null;
}

export interface NotificationPreferenceTable {
  accountId: string;
  /** SM4-sealed e-mail address. */
  emailEnc: string | null;
  /** 0 or 1: SQLite binds no booleans. */
  emailEnabled: number;
  smsEnabled: number;
  language: Locale | null;
  updatedAt: string;
}

/** What the development senders "sent": read by developers and testers instead of a phone or an inbox. */
export interface DevMailboxTable {
  id: string;
  channel: Exclude<Channel, 'in_app'>;
  /** SM4-sealed address or mobile number. */
  recipientEnc: string;
  subject: string | null;
  body: string;
  createdAt: string;
}

export interface NotificationTables {
  notifications: NotificationTable;
  notificationDeliveries: NotificationDeliveryTable;
  notificationPreferences: NotificationPreferenceTable;
  devMailbox: DevMailboxTable;
}

import type { Config } from '../../../platform/config/config.js';
import type { FieldCipher } from '../../../platform/crypto/index.js';
import type { AnyDb, WriteQueue } from '../../../platform/db/index.js';
import { type DevMailbox, devMailbox } from './dev-mailbox.js';
import type { MailSender, SmsSender } from './sender.js';
import { smtpMailSender } from './smtp-mail-sender.js';

export interface Senders {
  mail: MailSender;
  /** Null when text messages are switched off. */
  sms: SmsSender | null;
  /** Null when no sender writes to it: a deployment with real senders exposes no development tool. */
  devMailbox: DevMailbox | null;
}

// An HTTP SMS gateway adapter is not written yet: the `dev` provider is the only one that sends.
export function createSenders(config: Config, db: AnyDb, writes: WriteQueue, cipher: FieldCipher): Senders {
  const box = devMailbox(db, writes, cipher);
  const mail = config.smtpUrl ? smtpMailSender(config.smtpUrl, config.mailFrom) : box.mail;
  const sms = config.smsProvider === 'dev' ? box.sms : null;
  const used = !config.smtpUrl || config.smsProvider === 'dev';
  return { mail, sms, devMailbox: used ? box : null };
}

export type { DevMailbox } from './dev-mailbox.js';
export type { MailSender, OutgoingMail, OutgoingSms, SmsSender } from './sender.js';
